/** The roll-up of many unit workbooks into the province's one (issue 15). */
export type {
  AcrossFinding,
  RollupResult,
  RollupSource,
  RollupSummaryRow,
  SourcePlace,
} from "./types";
export { rollUp } from "./rollUp";
export { checkAcross } from "./checkAcross";
export { placeText } from "./placeText";
export { SOURCE_HEADER, originText } from "./sourceRows";
