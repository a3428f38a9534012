import type { CellValue } from "../../core/sheets/rawSheet";

/**
 * How many rows one read request may ask for. Excel on the web rejects payloads over 5 MB and
 * Microsoft advises 5k–20k-row blocks for big reads, so a chunk is at most 5,000 rows and its
 * estimated response (values + number formats) stays under a budget below 4 MB.
 *
 * The estimate for a chunk is the widest row of the previous chunk of the same sheet (in UTF-8
 * bytes, as JSON); the first chunk of a sheet assumes FIRST_GUESS_BYTES_PER_CELL per cell. A chunk
 * Excel still rejects as too large is retried at half its rows (one extra sync each time).
 *
 * Syncs per `readSheets`: 2 (sheet list and 1904 probe; used ranges of all sheets) + one per chunk,
 * where a sheet of R rows and C columns with uniform rows of B bytes per cell has
 * 1 + ceil((R - r0) / min(5000, floor(BUDGET / (C·B)))) chunks, r0 = its first chunk's rows.
 * From ExcelApi 1.13 one more sync reads the merged areas (two when a sheet has over 512 of them:
 * readMerges.ts).
 */
export const MAX_CHUNK_ROWS = 5000;
export const BUDGET_BYTES = 3_500_000;
export const PAYLOAD_LIMIT_BYTES = 4_000_000;
/** A pessimistic first guess: a 350-character Vietnamese note is about 1 KB in UTF-8 JSON. */
export const FIRST_GUESS_BYTES_PER_CELL = 1024;

export function chunkRows(columns: number, bytesPerRow: number, remaining: number): number {
  const perRow = Math.max(1, bytesPerRow, columns * 4);
  const byBytes = Math.floor(BUDGET_BYTES / perRow);
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, byBytes, remaining));
}

export function firstGuessBytesPerRow(columns: number): number {
  return columns * FIRST_GUESS_BYTES_PER_CELL;
}

/** UTF-8 length of a JSON string literal (Vietnamese letters take 2–3 bytes). */
function jsonBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += code === 0x22 || code === 0x5c || code < 0x20 ? 2 : 1;
    else if (code < 0x800) n += 2;
    else n += 3;
  }
  return n;
}

/** A cell value's size as JSON in a request or response. */
export function cellBytes(value: CellValue | undefined): number {
  if (typeof value === "string") return jsonBytes(value);
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return 5;
  return 4;
}

/** The widest row of a chunk, values plus number formats, with JSON separators. */
export function widestRowBytes(
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[] | undefined
): number {
  let widest = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const fmt = formats?.[r];
    let n = 4;
    for (let c = 0; c < row.length; c++) n += cellBytes(row[c]) + cellBytes(fmt?.[c]) + 2;
    if (n > widest) widest = n;
  }
  return widest;
}
