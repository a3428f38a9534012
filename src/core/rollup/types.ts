import type { CheckResult } from "../check";
import type { Finding } from "../findings/finding";
import type { RawWorkbook } from "../sheets/rawSheet";
import type { Settings } from "../settings";

/** One unit workbook as read by a door. `name` is the file name as the user knows it. */
export interface RollupSource {
  name: string;
  raw: RawWorkbook;
  settings: Settings;
}

/** A place in one source: the file, and the cell as the user sees it. */
export interface SourcePlace {
  file: string;
  sheet: string;
  row: number;
  column: string;
}

/**
 * A finding across files: `file` + the Finding's own sheet/row/column is the first place,
 * `other` the second (every across finding names both places). Codes are registry codes
 * `across.*`.
 */
export interface AcrossFinding extends Finding {
  file: string;
  other?: SourcePlace;
}

export interface RollupSummaryRow {
  file: string;
  fairs: number;
  exhibits: number;
  products: number;
}

export interface RollupResult {
  /** Per source, its own check (as `checkWorkbook` gives it). */
  perFile: { name: string; result: CheckResult }[];
  across: AcrossFinding[];
  /**
   * The merged workbook's grids: the tracking sheets (and optional sheets any source has),
   * canonical headers in row 1, a last column "Nguồn" = "<file> › <sheet>!<row>" on every data
   * row; fairs de-duplicated; exhibits re-pointed to the merged fair codes; rows with errors
   * kept, never dropped.
   */
  merged: RawWorkbook;
  /** The merged workbook's header rows per sheet name (for `rawToXlsx`'s `headerRows`). */
  headerRows: Record<string, number>;
  summary: {
    rows: RollupSummaryRow[];
    fairsMerged: number;
    acrossCounts: Record<"error" | "warning" | "info", number>;
  };
}
