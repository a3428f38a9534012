import type { Door } from "./door";

/**
 * Cells per merged-areas request. `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) "will fail to
 * return the result" when the range holds more than 512 merged areas (office-js index.d.ts, Range),
 * and it returns the areas whose top-left cell is in the range (office-js #3611). Each area has its
 * own top-left cell, so a range of 512 cells can never hold more than 512.
 */
export const MERGE_SLICE_CELLS = 512;

/** One sheet's block as read: its first row and the columns and rows taken. */
export interface ReadBlock {
  sheet: string;
  firstRow: number;
  /** Column letters of the block's first and last column. */
  first: string;
  last: string;
  columns: number;
  rows: number;
}

/** "B5:B7" from each area of a `RangeAreas.address` ("Sheet1!A1:B4, Sheet1!D1:D4"). */
export function areasOf(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(/!\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\s*(?=,|$)/g))
    out.push(`${m[1]}${m[2]}:${m[3]}${m[4]}`);
  return out;
}

type Asked = { block: number; areas: Excel.RangeAreas }[];

/**
 * The merged areas of each block, in one sync: one request per block, or, when that fails (a block
 * with more than 512 areas; Excel does not document the error), one more sync asking in slices of
 * at most MERGE_SLICE_CELLS cells. Undefined for every block when the host lacks ExcelApi 1.13 or
 * the slices fail too: the core then guesses the producer blocks from the values
 * (`producerBlocks.ts`). Never fails the read.
 */
export async function readMerges(
  door: Door,
  context: Excel.RequestContext,
  blocks: readonly ReadBlock[],
  checkpoint: () => void
): Promise<(string[] | undefined)[]> {
  const none = blocks.map(() => undefined);
  if (!door.req.has("mergedAreas") || blocks.every((b) => b.rows === 0)) return none;
  const sheets = context.workbook.worksheets;

  const ask = (slices: boolean): Asked => {
    const asked: Asked = [];
    blocks.forEach((b, block) => {
      if (b.rows === 0) return;
      const step = slices ? Math.max(1, Math.floor(MERGE_SLICE_CELLS / b.columns)) : b.rows;
      const ws = sheets.getItem(b.sheet);
      for (let r = 0; r < b.rows; r += step) {
        const top = b.firstRow + r;
        const bottom = Math.min(b.firstRow + b.rows, top + step) - 1;
        const areas = ws
          .getRange(`${b.first}${top}:${b.last}${bottom}`)
          .getMergedAreasOrNullObject();
        areas.load("address");
        asked.push({ block, areas });
      }
    });
    return asked;
  };
  const collect = (asked: Asked) => {
    const out: (string[] | undefined)[] = blocks.map((b) => (b.rows === 0 ? undefined : []));
    for (const { block, areas } of asked)
      if (!areas.isNullObject) out[block]!.push(...areasOf(areas.address));
    return out;
  };

  for (const slices of [false, true]) {
    const asked = ask(slices);
    checkpoint();
    try {
      // At most twice: whole blocks, then slices.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return collect(asked);
    } catch {
      // Too many areas in one request (or Excel refused it): slices next, then the guess.
    }
  }
  return none;
}
