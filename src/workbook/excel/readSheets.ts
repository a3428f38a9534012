import { columnLetter, parseCellAddress } from "../../core/sheets/address";
import { HEADER_SEARCH_ROWS } from "../../core/sheets/findHeader";
import type { CellValue, RawSheet, RawWorkbook } from "../../core/sheets/rawSheet";
import { chunkRows, firstGuessBytesPerRow, widestRowBytes } from "./chunking";
import type { Door } from "./door";
import { PortError } from "../port";
import { isPayloadTooLarge, toDoorError } from "./errors";
import { rangeOrigin } from "./rangeOrigin";
import { readMerges, type ReadBlock } from "./readMerges";
import { SETTINGS_SHEET } from "./settingsStore";

/** DATE(1904,1,1) is day 0 in the 1904 system and day 1462 in the 1900 one. */
const DAY_1904_IN_1900_SYSTEM = 1462;

/** A used range wider than this is probed for its header's extent before it is read. */
export const WIDE_COLUMNS = 64;
/** Empty columns in the header rows that end the header (a stray value far right is not data). */
export const HEADER_GAP_COLUMNS = 26;
/** Empty rows in a row, ending on a chunk boundary, after which the rest is taken as empty. */
export const EMPTY_ROWS_TO_STOP = 5000;

const isEmpty = (v: CellValue | undefined): boolean => v === "" || v === null || v === undefined;

/** The header rows' last column before HEADER_GAP_COLUMNS empty ones (at least 1). */
export function headerExtent(rows: readonly (readonly CellValue[])[]): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  let last = 0;
  for (let c = 0; c < width && c - last < HEADER_GAP_COLUMNS; c++)
    if (rows.some((r) => !isEmpty(r[c]))) last = c + 1;
  return Math.max(1, last);
}

function cancelled(): PortError {
  return new PortError("cancelled", "The read was cancelled");
}

/**
 * The used range (values only) of every sheet but the settings sheet, values and number formats,
 * read in chunks (chunking.ts has the sync-count formula). Bounded: a range wider than
 * WIDE_COLUMNS is read only to its header's extent (one more sync to find it), and a sheet stops
 * after EMPTY_ROWS_TO_STOP empty rows (formulas showing "" down to row 1,048,576). A chunk whose
 * values come back null (Excel's five-million-cell get limit) is halved like a too-large one.
 * `signal` is checked before every sync: a cancelled read throws `cancelled`. Progress counts rows.
 * From ExcelApi 1.13 the sheets carry their merged areas (readMerges.ts), one more sync.
 */
export async function readSheets(
  door: Door,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal
): Promise<RawWorkbook> {
  if (signal?.aborted) throw cancelled();
  return door.batch(async (context) => {
    // Checked before every sync: a cancelled read stops between two requests.
    const checkpoint = (): void => {
      if (signal?.aborted) throw cancelled();
    };
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const probe = door.req.has("valuesOnly")
      ? context.workbook.functions.date(1904, 1, 1)
      : undefined;
    probe?.load("value");
    checkpoint();
    await context.sync();

    // The settings sheet is never data (settingsStore.ts).
    const items = sheets.items.filter((ws) => ws.name !== SETTINGS_SHEET);
    const names = items.map((ws) => ws.name);
    const used = items.map((ws) => {
      const range = door.req.has("nullObjects")
        ? ws.getUsedRangeOrNullObject(true)
        : door.req.has("valuesOnly")
          ? ws.getUsedRange(true)
          : ws.getUsedRange();
      range.load("address,rowCount,columnCount");
      return range;
    });
    checkpoint();
    await context.sync();

    const blocks = used.map((range) =>
      range.isNullObject
        ? undefined
        : { origin: rangeOrigin(range.address), rows: range.rowCount, columns: range.columnCount }
    );
    const total = blocks.reduce((n, b) => n + (b?.rows ?? 0), 0);
    let done = 0;
    onProgress?.(done, total);

    const out: RawSheet[] = [];
    const taken: ReadBlock[] = [];
    for (let s = 0; s < names.length; s++) {
      const block = blocks[s];
      if (!block) {
        out.push({ name: names[s], origin: "A1", values: [], numberFormats: [] });
        taken.push({ sheet: names[s], firstRow: 1, first: "A", last: "A", columns: 1, rows: 0 });
        continue;
      }
      const start = parseCellAddress(block.origin) ?? { row: 1, column: 1 };
      const first = columnLetter(start.column);
      const ws = sheets.getItem(names[s]);
      let columns = block.columns;
      if (columns > WIDE_COLUMNS) {
        const top = Math.min(block.rows, HEADER_SEARCH_ROWS);
        const head = ws.getRange(
          `${first}${start.row}:${columnLetter(start.column + columns - 1)}${start.row + top - 1}`
        );
        head.load("values");
        try {
          checkpoint();
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- once per wide sheet
          await context.sync();
        } catch (err) {
          throw toDoorError(err, { sheet: names[s] });
        }
        const rows = (head.values as CellValue[][] | null) ?? [];
        columns = rows.length > 0 ? headerExtent(rows) : Math.min(columns, WIDE_COLUMNS);
      }
      const last = columnLetter(start.column + columns - 1);
      const values: CellValue[][] = [];
      const numberFormats: string[][] = [];
      let bytesPerRow = firstGuessBytesPerRow(columns);
      let read = 0;
      let filled = 0; // rows up to the last non-empty one
      while (read < block.rows && values.length - filled < EMPTY_ROWS_TO_STOP) {
        let rows = chunkRows(columns, bytesPerRow, block.rows - read);
        for (;;) {
          const top = start.row + read;
          const chunk = ws.getRange(`${first}${top}:${last}${top + rows - 1}`);
          chunk.load("values,numberFormat");
          let v: CellValue[][] | null = null;
          let f: string[][] | null = null;
          try {
            checkpoint();
            // One sync per chunk is the point of chunking (see chunking.ts).
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
            v = chunk.values as CellValue[][] | null;
            f = chunk.numberFormat as string[][] | null;
          } catch (err) {
            if (!isPayloadTooLarge(err) || rows === 1) throw toDoorError(err, { sheet: names[s] });
          }
          if (!v || !f) {
            if (rows === 1)
              throw new PortError("tooLarge", "Excel gave no values", { sheet: names[s] });
            rows = Math.ceil(rows / 2);
            continue;
          }
          for (let r = 0; r < v.length; r++) {
            values.push(v[r]);
            numberFormats.push(f[r]);
            if (!v[r].every(isEmpty)) filled = values.length;
          }
          bytesPerRow = widestRowBytes(v, f);
          break;
        }
        read += rows;
        done += rows;
        onProgress?.(done, total);
      }
      if (read < block.rows) {
        // Stopped on empty rows: what was left counts as read, the empty tail is dropped.
        done += block.rows - read;
        values.length = filled;
        numberFormats.length = filled;
        onProgress?.(done, total);
      }
      out.push({ name: names[s], origin: block.origin, values, numberFormats });
      taken.push({
        sheet: names[s],
        firstRow: start.row,
        first,
        last,
        columns,
        rows: values.length,
      });
    }
    // Merged areas last, in one sync (two when a sheet has over 512): only the cells read.
    const merges = await readMerges(door, context, taken, checkpoint);
    merges.forEach((m, s) => {
      if (m) out[s].merges = m;
    });
    const result: RawWorkbook = { sheets: out };
    if (probe) {
      const day = probe.value;
      if (day === 0) result.date1904 = true;
      else if (day === DAY_1904_IN_1900_SYSTEM) result.date1904 = false;
    }
    return result;
  });
}
