import { fold } from "../text/fold";
import { cellText } from "./cellText";
import type { SheetSpec } from "./columns";
import type { CellValue } from "./rawSheet";

/** Headers sit under at most this many title rows (domain.md §2). */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderMatch {
  /** 0-based index in the grid of the (last) header row; data starts below it. */
  headerIndex: number;
  /** 2 when the header spans two rows ("Quyết định công nhận" over "Số" and "Ngày"). */
  rowSpan: 1 | 2;
  /** Column key -> 0-based column index in the grid. */
  columns: Map<string, number>;
  /** How well the row matched: required columns count double. */
  score: number;
}

interface HeaderTerms {
  /** Folded header text -> column key; the template header wins over a synonym. */
  primary: Map<string, string>;
  synonym: Map<string, string>;
}

const termsBySpec = new WeakMap<SheetSpec, HeaderTerms>();

function termsOf(spec: SheetSpec): HeaderTerms {
  let terms = termsBySpec.get(spec);
  if (!terms) {
    terms = { primary: new Map(), synonym: new Map() };
    for (const col of spec.columns) {
      terms.primary.set(fold(col.header), col.key);
      for (const s of col.synonyms) {
        const f = fold(s);
        if (!terms.synonym.has(f)) terms.synonym.set(f, col.key);
      }
    }
    termsBySpec.set(spec, terms);
  }
  return terms;
}

/** Column key for a header text, trying it whole and then without a trailing "(...)" note. */
function keyOf(text: string, terms: HeaderTerms): { key: string; primary: boolean } | undefined {
  for (const candidate of [text, text.replace(/\s*\([^)]*\)\s*$/, "")]) {
    const f = fold(candidate);
    if (!f) continue;
    const p = terms.primary.get(f);
    if (p) return { key: p, primary: true };
    const s = terms.synonym.get(f);
    if (s) return { key: s, primary: false };
  }
  return undefined;
}

/** Candidate header texts per column, best first. */
type Candidates = string[][];

function singleRow(row: CellValue[]): Candidates {
  return row.map((cell) => {
    const t = cellText(cell).trim();
    return t ? [t] : [];
  });
}

/**
 * A two-row header: a parent merged across several columns is stored only in its first cell, so
 * it carries right while the lower row goes on; a header merged down two rows sits in the upper
 * row alone.
 */
function twoRows(upper: CellValue[], lower: CellValue[]): Candidates {
  const width = Math.max(upper.length, lower.length);
  const out: Candidates = [];
  let carry = "";
  for (let c = 0; c < width; c++) {
    const parent = cellText(upper[c]).trim();
    const child = cellText(lower[c]).trim();
    if (parent) carry = parent;
    else if (!child) carry = "";
    if (child) out.push(carry ? [`${carry} ${child}`, child] : [child]);
    else out.push(parent ? [parent] : []);
  }
  return out;
}

function match(
  candidates: Candidates,
  spec: SheetSpec
): { columns: Map<string, number>; score: number } {
  const terms = termsOf(spec);
  const found: { key: string; primary: boolean; column: number }[] = [];
  candidates.forEach((texts, column) => {
    for (const t of texts) {
      const k = keyOf(t, terms);
      if (k) {
        found.push({ ...k, column });
        break;
      }
    }
  });
  // The template's own header claims its column before a synonym can (products' "Ghi chú" is
  // a synonym of status, but "Tình trạng" is status itself); then leftmost first.
  found.sort((a, b) => Number(b.primary) - Number(a.primary) || a.column - b.column);
  const columns = new Map<string, number>();
  const used = new Set<number>();
  for (const f of found) {
    if (columns.has(f.key) || used.has(f.column)) continue;
    columns.set(f.key, f.column);
    used.add(f.column);
  }
  let score = 0;
  for (const key of columns.keys()) {
    const col = spec.columns.find((c) => c.key === key);
    score += col?.required === true ? 2 : 1;
  }
  return { columns, score };
}

/**
 * The best-matching header row within the first rows of a grid, one row or two joined as
 * "parent child"; undefined when no row names at least two of the sheet's columns (one for the
 * lists sheet: it is found by name, and after 01/7/2025 it may hold just a "Xã/phường" column).
 */
export function findHeader(values: CellValue[][], spec: SheetSpec): HeaderMatch | undefined {
  const least = spec.kind === "lists" ? 1 : 2;
  let best: HeaderMatch | undefined;
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = values[r] ?? [];
    const single = match(singleRow(row), spec);
    if (single.columns.size >= least && (!best || single.score > best.score))
      best = { headerIndex: r, rowSpan: 1, ...single };
    if (r === 0) continue;
    const joined = match(twoRows(values[r - 1] ?? [], row), spec);
    if (joined.columns.size >= least && (!best || joined.score > best.score))
      best = { headerIndex: r, rowSpan: 2, ...joined };
  }
  return best;
}
