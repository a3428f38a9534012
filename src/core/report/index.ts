/** The report generator's public face (domain.md §6). */
export { buildReport } from "./buildReport";
export { defaultReportOptions } from "./reportOptions";
export { toText } from "./toText";
export { toWordHtml } from "./toWordHtml";
export { toDocx } from "./toDocx";
export { leftOutMessage, leftOutTotal } from "./leftOutMessage";
export type {
  LeftOut,
  LeftOutReason,
  ParagraphId,
  ReportModel,
  ReportOptions,
  ReportParagraph,
  Run,
} from "./model";
