import type { MessageKey } from "./vi";

/** English, used when Office's display language (or, outside Office, the browser's) is English. */
export const en: Record<MessageKey, string> = {
  "app.title": "OCOP sheet checker",
  "app.loading": "Starting…",
  "app.standaloneNotice":
    "Running standalone (no Excel). Open an .xlsx file or use the sample workbook to check it and write the report.",
  "app.excelNotice": "Connected to Excel.",
  "app.language": "Language",
  "app.language.vi": "Tiếng Việt",
  "app.language.en": "English",
  "tabs.label": "Features",
  "tabs.check": "Check",
  "tabs.report": "Report",
  "tabs.templates": "Templates",
};
