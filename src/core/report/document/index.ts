/** The whole report, ready to sign (issue 11). */
export { buildDocument } from "./buildDocument";
export { toDocumentText } from "./toDocumentText";
export type { DocumentModel, DocParagraph, DocRun, DocLine } from "./model";
export { toDocumentDocx } from "./toDocumentDocx";
export { toDocumentHtml } from "./toDocumentHtml";
export { appendices } from "./appendices";
export type { Appendix } from "./appendices";
export { documentHasData } from "./hasData";
