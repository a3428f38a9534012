import { columnLetter, parseCellAddress } from "../../core/sheets/address";
import type { CellValue, RawSheet, RawWorkbook } from "../../core/sheets/rawSheet";
import type { Door } from "./door";
import { PortError } from "../port";
import type { LiveCache } from "./liveCache";
import { rangeOrigin } from "./rangeOrigin";

/** Contiguous runs of row numbers: [first, last] pairs. */
function runs(rows: Iterable<number>): [number, number][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const lastRun = out[out.length - 1];
    if (lastRun && r === lastRun[1] + 1) lastRun[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * Live mode's read: the cached workbook with only the edited rows of the edited sheets read again,
 * in one sync (each edited sheet's used range and its edited rows, at the cached width). Returns
 * undefined when the cache cannot answer (a sheet moved its origin or is gone): read it whole.
 */
export async function readChanged(
  door: Door,
  cache: LiveCache,
  signal?: AbortSignal
): Promise<RawWorkbook | undefined> {
  const pending = cache.pending();
  if (!pending) return undefined;
  const { book, rows } = pending;
  if (rows.size === 0) return book;
  if (signal?.aborted) throw new PortError("cancelled", "The read was cancelled");
  const result = await door
    .batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const asked = [...rows].map(([name, changed]) => {
        const cached = book.sheets.find((s) => s.name === name);
        const ws = sheets.getItem(name);
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("address,rowCount");
        if (!cached) return { name, cached, used, parts: [] };
        const origin = parseCellAddress(cached.origin) ?? { row: 1, column: 1 };
        const width = Math.max(1, ...cached.values.slice(0, 1).map((r) => r.length));
        const first = columnLetter(origin.column);
        const last = columnLetter(origin.column + width - 1);
        const parts = runs([...changed].filter((r) => r >= origin.row)).map(([top, bottom]) => {
          const range = ws.getRange(`${first}${top}:${last}${bottom}`);
          range.load("values,numberFormat");
          return { top, range };
        });
        return { name, cached, used, parts, origin, width };
      });
      await context.sync();
      return asked;
    })
    .catch(() => undefined); // a sheet gone or renamed: the whole read says what happened
  if (!result) return undefined;

  const next: RawSheet[] = book.sheets.map((s) => s);
  for (const { name, cached, used, parts, origin, width } of result) {
    if (!cached || !origin || width === undefined) return undefined;
    if (used.isNullObject) {
      next[next.indexOf(cached)] = { name, origin: "A1", values: [], numberFormats: [] };
      continue;
    }
    if (rangeOrigin(used.address) !== cached.origin) return undefined;
    const values = cached.values.map((r) => r);
    const formats = (cached.numberFormats ?? []).map((r) => r);
    for (const { top, range } of parts) {
      const v = range.values as CellValue[][] | null;
      const f = range.numberFormat as string[][] | null;
      if (!v || !f) return undefined;
      v.forEach((row, i) => {
        const at = top - origin.row + i;
        while (values.length < at) {
          values.push(Array<CellValue>(width).fill(""));
          formats.push(Array<string>(width).fill("General"));
        }
        values[at] = row;
        formats[at] = f[i];
      });
    }
    // Rows cleared at the bottom leave the used range shorter; trailing empty rows go with them.
    values.length = Math.min(values.length, used.rowCount);
    formats.length = values.length;
    // Merged areas are kept from the whole read: an edit of values does not merge or unmerge.
    next[next.indexOf(cached)] = {
      name,
      origin: cached.origin,
      values,
      numberFormats: formats,
      ...(cached.merges ? { merges: cached.merges } : {}),
    };
  }
  const updated: RawWorkbook = { ...book, sheets: next };
  cache.remember(updated);
  return updated;
}
