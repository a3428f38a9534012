import type { ExportLabels } from "../../workbook/exportFindings";
import type { Translate } from "../i18n";

/** The export's words from the pane's catalogue. */
export function exportLabels(t: Translate): ExportLabels {
  return {
    sheetName: t("export.sheetName"),
    headers: [
      t("export.sheet"),
      t("export.cell"),
      t("export.severity"),
      t("export.code"),
      t("export.value"),
      t("export.message"),
      t("export.suggestion"),
    ],
    severity: {
      error: t("severity.one.error"),
      warning: t("severity.one.warning"),
      info: t("severity.one.info"),
    },
  };
}
