/**
 * The rows whose key an earlier row already had, each with the first such row's Excel number:
 * one pass over Maps, so duplicate rules stay linear. Rows without a key are never repeats.
 * `scopeOf` splits the rows (an exhibit repeats only within its fair) without building a joined
 * key string per row, which costs more than the lookups on 100k rows.
 */
export function repeats<Row extends { row: number }>(
  rows: readonly Row[],
  keyOf: (row: Row) => string | undefined,
  scopeOf: (row: Row) => string = () => ""
): { repeat: Row; firstRow: number }[] {
  const scopes = new Map<string, Map<string, number>>();
  const out: { repeat: Row; firstRow: number }[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (!key) continue;
    const scope = scopeOf(row);
    let firstRow = scopes.get(scope);
    if (!firstRow) scopes.set(scope, (firstRow = new Map()));
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else out.push({ repeat: row, firstRow: first });
  }
  return out;
}
