/**
 * `rows` (sorted by row number) with the rows numbered in `changed` taken out and `fresh` put
 * in their places: a new array, the old one untouched (an earlier result still holds it). One
 * merge pass, so an edit costs a copy, not a sort of 50,000 rows.
 */
export function replaceRows<Row extends { row: number }>(
  rows: readonly Row[],
  changed: ReadonlySet<number>,
  fresh: readonly Row[]
): Row[] {
  const incoming = [...fresh].sort((a, b) => a.row - b.row);
  const out: Row[] = [];
  let j = 0;
  for (const row of rows) {
    if (changed.has(row.row)) continue;
    while (j < incoming.length && incoming[j].row < row.row) out.push(incoming[j++]);
    out.push(row);
  }
  while (j < incoming.length) out.push(incoming[j++]);
  return out;
}
