export { FINDINGS, isFindingCode, type FindingCode, type FindingParams } from "./codes";
export {
  compareFindings,
  summarize,
  type CellRef,
  type Finding,
  type Severity,
  type SheetKind,
} from "./finding";
export { dismissalKey, dismissalOf, findingKey } from "./findingKey";
export type { ByLang, Lang } from "./lang";
export { renderMessage } from "./renderMessage";
export type { FindingSpec } from "./spec";
