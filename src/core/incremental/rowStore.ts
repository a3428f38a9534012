import type { Finding } from "../findings/finding";
import type { ExhibitRow, ProductRow, SheetLocation } from "../sheets/rows";
import { fold } from "../text/fold";
import { linkKey } from "./links";

export type LinkedRow = ExhibitRow | ProductRow;

/**
 * What the last check knows of one linked sheet, row by row: the typed rows (sorted), the
 * reading findings and the rules' findings on each row, and the rows of each link key. An edit
 * replaces the entries of the rows it touches; the rest is reused as it is.
 */
export class RowStore<Row extends LinkedRow = LinkedRow> {
  rows: Row[];
  readonly byRow = new Map<number, Row>();
  readonly read = new Map<number, Finding[]>();
  readonly rules = new Map<number, Finding[]>();
  private readonly links = new Map<string, Set<number>>();
  /** Folded names, memoised: a product's name repeats on thousands of exhibit rows. */
  private readonly folded = new Map<string, string>();
  readonly key = (text: string): string => {
    let out = this.folded.get(text);
    if (out === undefined) this.folded.set(text, (out = fold(text)));
    return out;
  };

  constructor(
    readonly location: SheetLocation,
    rows: Row[],
    readFindings: readonly Finding[],
    ruleFindings: readonly Finding[]
  ) {
    this.rows = rows;
    for (const row of rows) this.add(row);
    this.group(readFindings, this.read);
    this.group(ruleFindings, this.rules);
  }

  get sheet(): string {
    return this.location.sheet;
  }

  /** A finding on one of this sheet's data rows (not its header or a sheet-level finding). */
  owns(f: Finding): boolean {
    return f.sheet === this.location.sheet && f.row > this.location.headerRow;
  }

  /** The findings per row of those this sheet owns, in their order. */
  byRowOf(findings: readonly Finding[]): Map<number, Finding[]> {
    const out = new Map<number, Finding[]>();
    this.group(findings, out);
    return out;
  }

  /** Every finding on the row, reading first, as a whole check lists them before sorting. */
  bucket(row: number): Finding[] {
    const read = this.read.get(row);
    const rules = this.rules.get(row);
    return read && rules ? [...read, ...rules] : (read ?? rules ?? []);
  }

  /** How many findings the row has now. */
  size(row: number): number {
    return (this.read.get(row)?.length ?? 0) + (this.rules.get(row)?.length ?? 0);
  }

  /** The row numbers sharing one of these link keys. */
  linkedTo(keys: Iterable<string>): Set<number> {
    const out = new Set<number>();
    for (const key of keys) for (const row of this.links.get(key) ?? []) out.add(row);
    return out;
  }

  add(row: Row): void {
    this.byRow.set(row.row, row);
    const key = linkKey(row, this.key);
    if (!key) return;
    let rows = this.links.get(key);
    if (!rows) this.links.set(key, (rows = new Set()));
    rows.add(row.row);
  }

  remove(row: number): Row | undefined {
    const old = this.byRow.get(row);
    if (!old) return undefined;
    this.byRow.delete(row);
    const key = linkKey(old, this.key);
    const rows = this.links.get(key);
    rows?.delete(row);
    if (rows?.size === 0) this.links.delete(key);
    return old;
  }

  private group(findings: readonly Finding[], into: Map<number, Finding[]>): void {
    for (const f of findings) {
      if (!this.owns(f)) continue;
      const list = into.get(f.row);
      if (list) list.push(f);
      else into.set(f.row, [f]);
    }
  }
}
