import type { ListRow } from "./findingRows";

/**
 * The findings list draws only the rows in view (10,000 findings stay smooth). Row heights are
 * fixed, so where each row sits and which rows are in view are plain arithmetic.
 */
export const HEIGHT = { sheet: 30, rule: 26, finding: 54 } as const;
export const VIEWPORT = 320;
const OVERSCAN = 6;

export interface ListLayout {
  /** Each row's top, in pixels from the list's top. */
  tops: number[];
  total: number;
  /** Indexes in `rows` of the findings (headings are not stops for the keyboard). */
  findingIndexes: number[];
}

/** An opened finding's detail: drawn under row `after`, pushing the rows below it down. */
export interface OpenGap {
  after: number;
  height: number;
}

export function layoutRows(rows: readonly ListRow[], gap?: OpenGap): ListLayout {
  const tops: number[] = [];
  const findingIndexes: number[] = [];
  let y = 0;
  rows.forEach((row, i) => {
    tops.push(y);
    y += HEIGHT[row.kind];
    if (gap && i === gap.after) y += gap.height;
    if (row.kind === "finding") findingIndexes.push(i);
  });
  return { tops, total: y, findingIndexes };
}

/** The rows to draw at this scroll position, with a margin, and the active row wherever it is. */
export function visibleRows(
  tops: readonly number[],
  scrollTop: number,
  active?: number,
  viewport: number = VIEWPORT
): number[] {
  const first = Math.max(0, upperBound(tops, scrollTop) - 1 - OVERSCAN);
  let last = first;
  while (last < tops.length && tops[last] < scrollTop + viewport) last++;
  last = Math.min(tops.length, last + OVERSCAN);
  const visible: number[] = [];
  for (let i = first; i < last; i++) visible.push(i);
  if (active !== undefined && (active < first || active >= last)) visible.push(active);
  return visible;
}

/**
 * Where a key moves among `count` findings from position `at` (-1: none chosen yet); undefined
 * for a key the list does not move on.
 */
export function keyMove(key: string, at: number, count: number): number | undefined {
  switch (key) {
    case "ArrowDown":
      return Math.min(count - 1, at + 1);
    case "ArrowUp":
      return Math.max(0, at - 1);
    case "PageDown":
      return Math.min(count - 1, at + 5);
    case "PageUp":
      return Math.max(0, at - 5);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The sheet heading each row sits under (its own index for a heading): a sheet's rows are drawn
 * inside one group named by that heading, so a screen reader hears the sheet on entering it.
 */
export function sheetOf(rows: readonly ListRow[]): number[] {
  const out: number[] = [];
  let sheet = 0;
  rows.forEach((row, i) => {
    if (row.kind === "sheet") sheet = i;
    out.push(sheet);
  });
  return out;
}

/** First index whose value is greater than `x` (tops are sorted). */
function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
