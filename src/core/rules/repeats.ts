/**
 * The rows whose key an earlier row already had, each with the first such row's Excel number:
 * one pass, one Map, so duplicate rules stay linear. Rows without a key are never repeats.
 */
export function repeats<Row extends { row: number }>(
  rows: readonly Row[],
  keyOf: (row: Row) => string | undefined
): { repeat: Row; firstRow: number }[] {
  const firstRow = new Map<string, number>();
  const out: { repeat: Row; firstRow: number }[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (!key) continue;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else out.push({ repeat: row, firstRow: first });
  }
  return out;
}
