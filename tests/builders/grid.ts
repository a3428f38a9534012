import { ALL_SHEETS, type SheetSpec } from "../../src/core/sheets/columns";
import type { CellValue, RawSheet, RawWorkbook } from "../../src/core/sheets/rawSheet";
import type { SheetKind } from "../../src/core/findings/finding";
import type { RawRow } from "./rows";

export interface GridOptions {
  /** Tab name; default the sheet's default name. */
  name?: string;
  /** Rows above the header (titles, blank lines). */
  titleRows?: CellValue[][];
  /** Column keys in the order to write them; default the spec's order. */
  columns?: string[];
  /** Columns to leave out of the header and rows. */
  omit?: string[];
  /** Header text per column key, in place of the template header. */
  headers?: Record<string, string>;
  /**
   * Two-row headers: the parent text over the given keys (merged: written only above the first
   * key), e.g. { "Quyết định công nhận": { decisionNo: "Số", decisionDate: "Ngày" } }. Other
   * columns get their header in the upper row and a blank below (a vertical merge).
   */
  twoRowHeader?: Record<string, Record<string, string>>;
  /** Extra columns the engine does not know, appended to the right. */
  extraColumns?: string[];
  /** Number format per column key for the data rows (e.g. { startDate: "dd/mm/yyyy" }). */
  numberFormats?: Record<string, string>;
}

export function specOf(kind: SheetKind): SheetSpec {
  const spec = ALL_SHEETS.find((s) => s.kind === kind);
  if (!spec) throw new Error(`no sheet kind ${kind}`);
  return spec;
}

/** A raw grid as a door would hand it over: optional title rows, header row(s), data rows. */
export function aGrid(kind: SheetKind, rows: RawRow[], options: GridOptions = {}): RawSheet {
  const spec = specOf(kind);
  const omit = new Set(options.omit ?? []);
  const keys = (options.columns ?? spec.columns.map((c) => c.key)).filter((k) => !omit.has(k));
  const headerOf = (key: string): string =>
    options.headers?.[key] ?? spec.columns.find((c) => c.key === key)?.header ?? key;
  const extra = options.extraColumns ?? [];
  const width = keys.length + extra.length;
  const pad = (row: CellValue[]): CellValue[] => [
    ...row,
    ...new Array<CellValue>(Math.max(0, width - row.length)).fill(""),
  ];

  const values: CellValue[][] = (options.titleRows ?? []).map(pad);
  const formats: string[][] = values.map((r) => r.map(() => "General"));
  const headerRows: CellValue[][] = [];
  if (options.twoRowHeader) {
    const upper: CellValue[] = [];
    const lower: CellValue[] = [];
    const parentOf = new Map<string, { parent: string; child: string }>();
    for (const [parent, children] of Object.entries(options.twoRowHeader))
      for (const [key, child] of Object.entries(children)) parentOf.set(key, { parent, child });
    const written = new Set<string>();
    for (const key of keys) {
      const under = parentOf.get(key);
      if (under) {
        upper.push(written.has(under.parent) ? "" : under.parent);
        written.add(under.parent);
        lower.push(under.child);
      } else {
        upper.push(headerOf(key));
        lower.push("");
      }
    }
    headerRows.push([...upper, ...extra], [...lower, ...extra.map(() => "")]);
  } else {
    headerRows.push([...keys.map(headerOf), ...extra]);
  }
  for (const h of headerRows) {
    values.push(h);
    formats.push(h.map(() => "General"));
  }
  for (const row of rows) {
    values.push(pad([...keys.map((k) => row[k] ?? ""), ...extra.map((e) => row[e] ?? "")]));
    formats.push([
      ...keys.map((k) => options.numberFormats?.[k] ?? "General"),
      ...extra.map(() => "General"),
    ]);
  }
  return {
    name: options.name ?? spec.defaultName,
    origin: "A1",
    values,
    numberFormats: formats,
  };
}

export interface WorkbookParts {
  fairs?: RawRow[] | RawSheet;
  exhibits?: RawRow[] | RawSheet;
  products?: RawRow[] | RawSheet;
  lists?: RawRow[] | RawSheet;
  training?: RawRow[] | RawSheet;
  councils?: RawRow[] | RawSheet;
  /** More sheets as given. */
  others?: RawSheet[];
  date1904?: boolean;
}

/**
 * A workbook of the given sheets, in the order fairs, exhibits, products, lists, training,
 * councils, others.
 */
export function aWorkbook(parts: WorkbookParts = {}): RawWorkbook {
  const sheets: RawSheet[] = [];
  for (const kind of ["fairs", "exhibits", "products", "lists", "training", "councils"] as const) {
    const part = parts[kind];
    if (part === undefined) continue;
    sheets.push(Array.isArray(part) ? aGrid(kind, part) : part);
  }
  sheets.push(...(parts.others ?? []));
  return { sheets, date1904: parts.date1904 };
}
