/** The report generator's public face (domain.md §6). */
export { buildReport } from "./buildReport";
export { defaultReportOptions } from "./reportOptions";
export { toText } from "./toText";
export { toWordHtml } from "./toWordHtml";
export { toDocx } from "./toDocx";
export { toJson, type ReportJson } from "./toJson";
export { noteText } from "./noteText";
export { leftOutMessage, leftOutTotal } from "./leftOutMessage";
export type {
  LeftOut,
  Figure,
  LeftOutReason,
  ParagraphId,
  ReportModel,
  ReportOptions,
  ReportNote,
  ReportParagraph,
  RowRef,
  Run,
} from "./model";
