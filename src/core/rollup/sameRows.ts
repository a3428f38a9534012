import type { SourceRow } from "./sourceRows";
import { rowKey } from "./rowKey";

interface Entry<V> {
  row: SourceRow;
  fairCode: string | undefined;
  value: V;
  key?: string;
}

/**
 * Rows met before, found again by origin ("Nguồn") and cells. Rows are looked up by origin
 * first and their cells compared only when the origin is taken, so a merge of files whose rows
 * are all new builds no cell keys at all.
 */
export class SameRows<V> {
  private readonly byOrigin = new Map<string, Entry<V>[]>();

  /** The value stored with the same row (the same origin and cells, `fairCode` for its code). */
  get(row: SourceRow, fairCode?: string): V | undefined {
    const entries = this.byOrigin.get(originKey(row));
    if (!entries) return undefined;
    const key = rowKey(row, fairCode);
    for (const e of entries) if ((e.key ??= rowKey(e.row, e.fairCode)) === key) return e.value;
    return undefined;
  }

  add(row: SourceRow, fairCode: string | undefined, value: V): void {
    const origin = originKey(row);
    const entries = this.byOrigin.get(origin);
    const entry = { row, fairCode, value };
    if (entries) entries.push(entry);
    else this.byOrigin.set(origin, [entry]);
  }
}

function originKey(row: SourceRow): string {
  return `${row.kind}|${row.origin}`;
}
