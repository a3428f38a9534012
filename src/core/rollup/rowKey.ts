import type { TrackingKind } from "../findings/finding";
import { EXHIBITS, FAIRS, PRODUCTS } from "../sheets/columns";
import type { SourceRow } from "./sourceRows";

const COLUMN_KEYS: Record<TrackingKind, string[]> = {
  fairs: FAIRS.columns.map((c) => c.key),
  exhibits: EXHIBITS.columns.map((c) => c.key),
  products: PRODUCTS.columns.map((c) => c.key),
};

/** A cell as the merge compares it: its text, trimmed; blank for an empty or missing cell. */
export function cellString(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * A row's origin and cells (its fair code as `fairCode` says, when given): equal keys are the
 * same row. Every column of the kind counts, a missing one as blank, so a source without the
 * optional columns and its merged rows (which have them all, blank) give the same key.
 */
export function rowKey(row: SourceRow, fairCode?: string): string {
  let key = `${row.kind}\u0000${row.origin}`;
  for (const column of COLUMN_KEYS[row.kind]) {
    const value =
      column === "fairCode" && fairCode !== undefined ? fairCode : cellString(row.cells[column]);
    key += `\u0000${column}=${value}`;
  }
  return key;
}
