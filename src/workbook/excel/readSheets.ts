import { columnLetter, parseCellAddress } from "../../core/sheets/address";
import type { CellValue, RawSheet, RawWorkbook } from "../../core/sheets/rawSheet";
import { chunkRows, firstGuessBytesPerRow, widestRowBytes } from "./chunking";
import type { Door } from "./door";
import { isPayloadTooLarge, toDoorError } from "./errors";
import { rangeOrigin } from "./rangeOrigin";
import { SETTINGS_SHEET } from "./settingsStore";

/** DATE(1904,1,1) is day 0 in the 1904 system and day 1462 in the 1900 one. */
const DAY_1904_IN_1900_SYSTEM = 1462;

/**
 * The used range (values only) of every sheet, values and number formats, read in chunks
 * (chunking.ts has the sync-count formula). Progress counts rows.
 */
export async function readSheets(
  door: Door,
  onProgress?: (done: number, total: number) => void
): Promise<RawWorkbook> {
  return door.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const probe = door.req.has("valuesOnly")
      ? context.workbook.functions.date(1904, 1, 1)
      : undefined;
    probe?.load("value");
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
    for (let s = 0; s < names.length; s++) {
      const block = blocks[s];
      if (!block) {
        out.push({ name: names[s], origin: "A1", values: [], numberFormats: [] });
        continue;
      }
      const start = parseCellAddress(block.origin) ?? { row: 1, column: 1 };
      const first = columnLetter(start.column);
      const last = columnLetter(start.column + block.columns - 1);
      const values: CellValue[][] = [];
      const numberFormats: string[][] = [];
      let bytesPerRow = firstGuessBytesPerRow(block.columns);
      let read = 0;
      while (read < block.rows) {
        let rows = chunkRows(block.columns, bytesPerRow, block.rows - read);
        for (;;) {
          const top = start.row + read;
          const chunk = sheets
            .getItem(names[s])
            .getRange(`${first}${top}:${last}${top + rows - 1}`);
          chunk.load("values,numberFormat");
          try {
            // One sync per chunk is the point of chunking (see chunking.ts).
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
          } catch (err) {
            if (isPayloadTooLarge(err) && rows > 1) {
              rows = Math.ceil(rows / 2);
              continue;
            }
            throw toDoorError(err, { sheet: names[s] });
          }
          const v = chunk.values as CellValue[][];
          const f = chunk.numberFormat as string[][];
          for (let r = 0; r < v.length; r++) {
            values.push(v[r]);
            numberFormats.push(f[r]);
          }
          bytesPerRow = widestRowBytes(v, f);
          break;
        }
        read += rows;
        done += rows;
        onProgress?.(done, total);
      }
      out.push({ name: names[s], origin: block.origin, values, numberFormats });
    }
    const result: RawWorkbook = { sheets: out };
    if (probe) {
      const day = probe.value;
      if (day === 0) result.date1904 = true;
      else if (day === DAY_1904_IN_1900_SYSTEM) result.date1904 = false;
    }
    return result;
  });
}
