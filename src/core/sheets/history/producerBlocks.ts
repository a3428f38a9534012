import { columnIndex, parseCellAddress } from "../address";
import { isBlank } from "../cellText";
import type { CellValue, RawSheet } from "../rawSheet";

/** The producer's cells, merged over all of its products in the history layout. */
export const PRODUCER_KEYS = ["producerType", "producer", "district"] as const;

export interface ProducerBlocks {
  /** The grid with each continuation row holding its producer's values. */
  values: CellValue[][];
  /** "gridRow:gridColumn" (0-based) of the cells filled from the block above. */
  filled: Set<string>;
}

const RANGE = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/;

/**
 * Continuation rows take their producer from the merged block over them. With the door's merged
 * areas that is exact: a producer cell left blank outside any merged block stays blank (and is
 * "Thiếu Chủ thể"). A door that does not know merges (undefined) leaves a guess: a product row
 * whose producer cells are all blank continues the producer above; one blank among filled ones
 * is a blank.
 */
export function fillProducerBlocks(
  sheet: RawSheet,
  columns: ReadonlyMap<string, number>,
  firstDataRow: number,
  productColumn: number | undefined
): ProducerBlocks {
  const producerColumns = PRODUCER_KEYS.map((k) => columns.get(k)).filter(
    (c): c is number => c !== undefined
  );
  const values = sheet.values.slice();
  const filled = new Set<string>();
  const fill = (r: number, c: number, value: CellValue) => {
    if (r < firstDataRow || r >= values.length || isBlank(value)) return;
    if (!isBlank(values[r][c])) return;
    if (values[r] === sheet.values[r]) values[r] = values[r].slice();
    values[r][c] = value;
    filled.add(`${r}:${c}`);
  };

  if (sheet.merges) {
    const origin = parseCellAddress(sheet.origin) ?? { row: 1, column: 1 };
    for (const ref of sheet.merges) {
      const m = RANGE.exec(ref);
      if (!m) continue;
      const top = Number(m[2]) - origin.row;
      const bottom = Number(m[4]) - origin.row;
      const left = columnIndex(m[1]) - origin.column;
      const right = columnIndex(m[3]) - origin.column;
      for (const c of producerColumns) {
        if (c < left || c > right || top < 0) continue;
        const value = sheet.values[top]?.[c] ?? "";
        for (let r = top + 1; r <= bottom; r++) fill(r, c, value);
      }
    }
    return { values, filled };
  }

  let above: CellValue[] | undefined;
  for (let r = firstDataRow; r < values.length; r++) {
    const cells = values[r];
    if (!cells || productColumn === undefined || isBlank(cells[productColumn])) continue;
    if (producerColumns.every((c) => isBlank(cells[c]))) {
      if (above) for (const c of producerColumns) fill(r, c, above[c]);
    } else {
      above = cells;
    }
  }
  return { values, filled };
}
