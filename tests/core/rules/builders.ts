import { defaultSettings, type Settings } from "../../../src/core/settings";
import { columnLetter } from "../../../src/core/sheets/address";
import { EXHIBITS, FAIRS, PRODUCTS, type SheetSpec } from "../../../src/core/sheets/columns";
import type {
  ExhibitRow,
  FairRow,
  ProductRow,
  SheetLocation,
  TypedWorkbook,
} from "../../../src/core/sheets/rows";
import type { Finding } from "../../../src/core/findings/finding";
import { validate } from "../../../src/core/rules/validate";

/**
 * Typed rows as the reader hands them to the rules. Each builder starts from a row that is
 * valid for An Giang in 2023 and consistent with the others (the exhibit shows the ranked
 * product at the fair), so a test changes only what it is about: `aFair({ endDate: "..." })`.
 * `row` is optional: `aTypedWorkbook` numbers rows from 2 (under a one-row header) in order.
 */
type Built<Row> = Omit<Row, "row"> & { row?: number };

export function aFair(overrides: Partial<FairRow> = {}): Built<FairRow> {
  return {
    fairCode: "HC01",
    name: "Hội chợ Triển lãm sản phẩm OCOP vùng Đồng bằng sông Cửu Long",
    province: "Sóc Trăng",
    startDate: "2023-09-14",
    endDate: "2023-09-18",
    ...overrides,
  };
}

export function anExhibit(overrides: Partial<ExhibitRow> = {}): Built<ExhibitRow> {
  return {
    fairCode: "HC01",
    product: "Đường thốt nốt",
    producer: "Hợp tác xã Đường thốt nốt Tịnh Biên",
    district: "Tịnh Biên",
    category: "OCOP",
    stars: 4,
    count: 1,
    ...overrides,
  };
}

export function aProduct(overrides: Partial<ProductRow> = {}): Built<ProductRow> {
  return {
    product: "Đường thốt nốt",
    producer: "Hợp tác xã Đường thốt nốt Tịnh Biên",
    producerType: "Hợp tác xã",
    district: "Tịnh Biên",
    group: 1,
    productSet: 4,
    score: 75,
    stars: 4,
    decisionNo: "1234/QĐ-UBND",
    decisionDate: "2023-06-15",
    level: "tỉnh",
    status: "mới",
    ...overrides,
  };
}

/** The sheet as the template lays it out: header on row 1, columns in the spec's order. */
export function aLocation(spec: SheetSpec, omit: readonly string[] = []): SheetLocation {
  const columns: Record<string, string> = {};
  spec.columns.forEach((column, i) => {
    if (!omit.includes(column.key)) columns[column.key] = columnLetter(i + 1);
  });
  return { sheet: spec.defaultName, headerRow: 1, columns };
}

export interface WorkbookParts {
  fairs?: Built<FairRow>[];
  exhibits?: Built<ExhibitRow>[];
  products?: Built<ProductRow>[];
  /** Columns missing from a sheet (the reader reported them). */
  omit?: Partial<Record<"fairs" | "exhibits" | "products", string[]>>;
  /** Sheets the workbook does not have at all. */
  without?: ("fairs" | "exhibits" | "products")[];
}

function numbered<Row extends { row: number }>(rows: Built<Row>[] = []): Row[] {
  // `row` first: V8 makes slow objects of `{ ...r, row }`, which would skew the benchmark.
  return rows.map((r, i) => ({ row: i + 2, ...r }) as Row);
}

/** One fair, one OCOP exhibit at it and the ranked product it shows, unless told otherwise. */
export function aTypedWorkbook(parts: WorkbookParts = {}): TypedWorkbook {
  const locations: TypedWorkbook["locations"] = {};
  for (const spec of [FAIRS, EXHIBITS, PRODUCTS]) {
    const kind = spec.kind as "fairs" | "exhibits" | "products";
    if (!parts.without?.includes(kind)) locations[kind] = aLocation(spec, parts.omit?.[kind]);
  }
  return {
    fairs: numbered<FairRow>(parts.fairs ?? [aFair()]),
    exhibits: numbered<ExhibitRow>(parts.exhibits ?? [anExhibit()]),
    products: numbered<ProductRow>(parts.products ?? [aProduct()]),
    locations,
    rowsWithErrors: {},
  };
}

/** The column letter the template gives a column key. */
export function columnOf(spec: SheetSpec, key: string): string {
  return columnLetter(spec.columns.findIndex((c) => c.key === key) + 1);
}

export const TODAY = "2024-03-01";

export function findingsOf(
  typed: TypedWorkbook,
  settings: Partial<Settings> = {},
  today = TODAY
): Finding[] {
  return validate(typed, { ...defaultSettings(), ...settings }, { today });
}

export function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}
