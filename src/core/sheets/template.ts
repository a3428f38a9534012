import { provincesInForce } from "../reference/provinces";
import { defaultUnits, DISTRICT_LEVEL_ENDED } from "../reference/units";
import { GROUPS, PRODUCT_SETS } from "../reference/ocop";
import type { Settings } from "../settings";
import { fold } from "../text/fold";
import { columnLetter, parseCellAddress, quoteSheetName } from "./address";
import type { CellValue } from "./rawSheet";
import {
  ACTIVITY_SHEETS,
  LISTS,
  TRACKING_SHEETS,
  type ColumnSpec,
  type ColumnType,
  type ListName,
  type SheetSpec,
} from "./columns";
import type { SheetKind } from "../findings/finding";
import { CATEGORIES, LEVELS, PRODUCER_TYPES, STATUSES } from "../reference/ocop";
import { COUNCIL_KINDS, COUNCIL_LEVELS, TRAINING_ROLES } from "../reference/activities";

/**
 * The blank tracking workbook both doors write (Excel: `createTemplates`; CLI: `ocop template`):
 * headers from columns.ts, one number format and width per column, and dropdowns whose source is
 * a column of the `Danh mục` sheet, so a user who edits a list changes every dropdown with it.
 */

/** Rows below the header that carry the column formats and dropdowns. */
export const TEMPLATE_DATA_ROWS = 1000;

/** Day-first, as every Vietnamese form writes dates (domain.md §5: never month-first). */
export const DATE_FORMAT = "dd/mm/yyyy";

/** Excel's text format: codes such as 83-829-28780-3-2022 or "3/4" stay as typed. */
export const TEXT_FORMAT = "@";

export type ListValue = string | number;
export type TemplateLists = Record<ListName, ListValue[]>;

export interface TemplateColumn {
  key: string;
  header: string;
  /** 1-based column index and its letter. */
  index: number;
  letter: string;
  /** Width in characters. */
  width: number;
  numberFormat: string;
  list?: ListName;
}

export interface TemplateSheet {
  kind: SheetKind;
  name: string;
  columns: TemplateColumn[];
  /** Rows under the header: empty for the tracking sheets, the list values for `Danh mục`. */
  rows: ListValue[][];
  /** The units' list sheet is hidden: it only feeds the unit column's dropdown. */
  hidden?: boolean;
  /**
   * A two-row header's upper row, one text per column ("" under a merge): the history layout's
   * "Đánh giá lần 1" over its round's columns. `columns[].header` is then the lower row.
   */
  upperHeader?: string[];
  /** The header's merged areas ("A1:A2", "J1:O1"). */
  merges?: string[];
}

/** Where a list lives in the lists sheet, as a dropdown's source. */
export interface ListSource {
  list: ListName;
  /** Absolute reference, e.g. `'Danh mục'!$A$2:$A$12`. */
  formula: string;
}

export interface Template {
  /** The three tracking sheets, in the order of domain.md §2. */
  tracking: TemplateSheet[];
  /** The optional activity sheets `Tập huấn` and `Hội đồng` (issue 11). */
  activities: TemplateSheet[];
  lists: TemplateSheet;
  /** The hidden sheet of the province's communes (from 01/7/2025), when the template has one. */
  units?: TemplateSheet;
  sources: Partial<Record<ListName, ListSource>>;
}

/** What `buildTemplate` adds to the lists: the province's communes in force on `asOf`. */
export interface TemplateOptions {
  /** ISO date the template is for: from 01/7/2025 the unit column is headed by commune. */
  asOf?: string;
  /** Typed commune names ("phường Rạch Giá") for the hidden units sheet. */
  communes?: readonly string[];
}

/**
 * The hidden sheet that holds the communes the unit column offers. Up to 168 names (Thành phố
 * Hồ Chí Minh) cannot sit in the dropdown itself: Excel caps a typed-in list source at 255
 * characters (support.microsoft.com, "Create a drop-down list"), so the list is a range.
 */
export const UNITS_SHEET = "DS đơn vị hành chính";

/** The unit column's header from 01/7/2025, when units are communes (NQ 202/2025/QH15). */
export const COMMUNE_HEADER = "Xã/phường/đặc khu";

const FORMAT_BY_TYPE: Record<ColumnType, string> = {
  date: DATE_FORMAT,
  integer: "0",
  // Scores carry a decimal ("69,5"), stars a bare number: General shows both as entered.
  number: "General",
  stars: "General",
  text: TEXT_FORMAT,
  code: TEXT_FORMAT,
  district: TEXT_FORMAT,
  province: TEXT_FORMAT,
  category: TEXT_FORMAT,
  group: TEXT_FORMAT,
  productSet: TEXT_FORMAT,
  producerType: TEXT_FORMAT,
  level: TEXT_FORMAT,
  status: TEXT_FORMAT,
  trainingRole: TEXT_FORMAT,
  councilLevel: TEXT_FORMAT,
  councilKind: TEXT_FORMAT,
};

export function numberFormatFor(type: ColumnType): string {
  return FORMAT_BY_TYPE[type];
}

/**
 * The values of each list: the province's units from the settings (or the reference list of the
 * province), the provinces in force on `asOf` (ISO), and the fixed OCOP lists of QĐ 148/QĐ-TTg.
 */
export function templateLists(settings: Settings, asOf: string): TemplateLists {
  const units = settings.units ?? defaultUnits(settings.province) ?? [];
  return {
    districts: units.map((u) => u.name),
    provinces: provincesInForce(asOf).map((p) => p.name),
    categories: [...CATEGORIES],
    stars: [3, 4, 5],
    groups: GROUPS.map((g) => g.name),
    productSets: PRODUCT_SETS.map((s) => s.name),
    producerTypes: [...PRODUCER_TYPES],
    levels: [...LEVELS],
    statuses: [...STATUSES],
    trainingRoles: [...TRAINING_ROLES],
    councilLevels: [...COUNCIL_LEVELS],
    councilKinds: [...COUNCIL_KINDS],
  };
}

function templateColumns(spec: SheetSpec): TemplateColumn[] {
  return spec.columns.map((c: ColumnSpec, i) => ({
    key: c.key,
    header: c.header,
    index: i + 1,
    letter: columnLetter(i + 1),
    width: c.width,
    numberFormat: spec.kind === "lists" ? TEXT_FORMAT : numberFormatFor(c.type),
    list: c.list,
  }));
}

/** `'Danh mục'!$A$2:$A$12`: rows 2..count+1 of the list's column. */
export function listSourceFormula(sheetName: string, letter: string, count: number): string {
  return `${quoteSheetName(sheetName)}!$${letter}$2:$${letter}$${Math.max(2, count + 1)}`;
}

/** The data rows of a column that carry its format and dropdown, e.g. "D2:D1001". */
export function dataRange(letter: string, rows = TEMPLATE_DATA_ROWS, first = 2): string {
  return `${letter}${first}:${letter}${rows + first - 1}`;
}

/**
 * Every sheet of the template in writing order: tracking sheets, activity sheets, `Danh mục`,
 * then the hidden one.
 */
export function templateSheets(template: Template): TemplateSheet[] {
  return [
    ...template.tracking,
    ...template.activities,
    template.lists,
    ...(template.units ? [template.units] : []),
  ];
}

/** The hidden units sheet: one column under the commune header, the names as the list says. */
function unitsSheet(communes: readonly string[]): TemplateSheet {
  return {
    kind: "lists",
    name: UNITS_SHEET,
    columns: [
      {
        key: "districts",
        header: COMMUNE_HEADER,
        index: 1,
        letter: "A",
        width: 28,
        numberFormat: TEXT_FORMAT,
      },
    ],
    rows: communes.map((name) => [name]),
    hidden: true,
  };
}

/**
 * Everything a door needs to write the template; the list values are passed in. With communes
 * (a template for a date from 01/7/2025), the unit dropdown reads the hidden units sheet and the
 * unit column is headed "Xã/phường/đặc khu".
 */
export function buildTemplate(lists: TemplateLists, options: TemplateOptions = {}): Template {
  const listColumns = templateColumns(LISTS);
  const height = Math.max(0, ...listColumns.map((c) => lists[c.key as ListName]?.length ?? 0));
  const rows: ListValue[][] = [];
  for (let r = 0; r < height; r++)
    rows.push(listColumns.map((c) => lists[c.key as ListName]?.[r] ?? ""));
  // Stars are numbers in the data; the lists sheet must hold numbers too for the dropdown to match.
  for (const c of listColumns) if (c.key === "stars") c.numberFormat = "General";

  const sources: Partial<Record<ListName, ListSource>> = {};
  for (const c of listColumns) {
    const list = c.key as ListName;
    const count = lists[list]?.length ?? 0;
    if (count > 0)
      sources[list] = { list, formula: listSourceFormula(LISTS.defaultName, c.letter, count) };
  }
  const communes = options.communes && options.communes.length > 0 ? options.communes : undefined;
  const units = communes && unitsSheet(communes);
  if (units)
    sources.districts = {
      list: "districts",
      formula: listSourceFormula(UNITS_SHEET, "A", units.rows.length),
    };
  const byCommune = options.asOf !== undefined && options.asOf >= DISTRICT_LEVEL_ENDED;
  return {
    tracking: TRACKING_SHEETS.map((spec) => ({
      kind: spec.kind,
      name: spec.defaultName,
      columns: templateColumns(spec).map((c) =>
        byCommune && c.key === "district" ? { ...c, header: COMMUNE_HEADER } : c
      ),
      rows: [],
    })),
    activities: ACTIVITY_SHEETS.map((spec) => ({
      kind: spec.kind,
      name: spec.defaultName,
      columns: templateColumns(spec),
      rows: [],
    })),
    lists: { kind: "lists", name: LISTS.defaultName, columns: listColumns, rows },
    ...(units ? { units } : {}),
    sources,
  };
}

/**
 * The list sources of a lists sheet the user already has (kept as it is): each list is the
 * column whose header (row 1 of `values`, which start at `origin`) names it, from the row under
 * the header down to its last non-blank cell. Lists not found get no dropdown.
 */
export function listSourcesFromSheet(
  sheetName: string,
  values: readonly (readonly CellValue[])[],
  origin = "A1"
): Partial<Record<ListName, ListSource>> {
  const start = parseCellAddress(origin) ?? { row: 1, column: 1 };
  const header = values[0] ?? [];
  const sources: Partial<Record<ListName, ListSource>> = {};
  for (const spec of LISTS.columns) {
    const names = new Set([spec.header, ...spec.synonyms].map(fold));
    const c = header.findIndex((h) => typeof h === "string" && names.has(fold(h)));
    if (c < 0) continue;
    let last = 0;
    for (let r = 1; r < values.length; r++) {
      const v = values[r]?.[c];
      if (v !== undefined && v !== null && v !== "") last = r;
    }
    if (last === 0) continue;
    const letter = columnLetter(start.column + c);
    const top = start.row + 1;
    const bottom = start.row + last;
    const list = spec.key as ListName;
    sources[list] = {
      list,
      formula: `${quoteSheetName(sheetName)}!$${letter}$${top}:$${letter}$${bottom}`,
    };
  }
  return sources;
}
