import type { ExhibitRow, FairRow, ProductRow, TypedWorkbook } from "../../../src/core/sheets/rows";
import { buildReport, type ReportOptions } from "../../../src/core/report";

/** Typed rows as the engine hands them to the report: valid An Giang 2023 rows by default. */
let nextRow = 2;

export function aFairRow(overrides: Partial<FairRow> = {}): FairRow {
  return {
    row: nextRow++,
    fairCode: "HC01",
    name: "Hội chợ Triển lãm sản phẩm OCOP",
    province: "Sóc Trăng",
    startDate: "2023-09-20",
    endDate: "2023-09-24",
    ...overrides,
  };
}

export function anExhibitRow(overrides: Partial<ExhibitRow> = {}): ExhibitRow {
  return {
    row: nextRow++,
    fairCode: "HC01",
    product: "Đường thốt nốt",
    producer: "Hợp tác xã Thốt nốt Bảy Núi",
    district: "Tịnh Biên",
    category: "Đặc thù",
    count: 1,
    ...overrides,
  };
}

export function aProductRow(overrides: Partial<ProductRow> = {}): ProductRow {
  return {
    row: nextRow++,
    product: `Sản phẩm ${nextRow}`,
    producer: `Chủ thể ${nextRow}`,
    producerType: "Hợp tác xã",
    district: "Chợ Mới",
    group: 1,
    score: 65,
    stars: 3,
    decisionNo: "1234/QĐ-UBND",
    decisionDate: "2023-06-15",
    status: "mới",
    ...overrides,
  };
}

export function aTypedWorkbook(parts: Partial<TypedWorkbook> = {}): TypedWorkbook {
  return {
    fairs: [],
    exhibits: [],
    products: [],
    locations: {
      fairs: { sheet: "Hội chợ", headerRow: 1, columns: {} },
      exhibits: { sheet: "Sản phẩm trưng bày", headerRow: 1, columns: {} },
      products: { sheet: "Sản phẩm OCOP", headerRow: 1, columns: {} },
    },
    rowsWithErrors: {},
    ...parts,
  };
}

export function someOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    year: 2023,
    province: "An Giang",
    agency: "Sở Công Thương",
    approximate: true,
    leadingZeros: true,
    ...overrides,
  };
}

/** Cell text that would run script if a door rendered it as markup. */
export const HOSTILE = "<img src=x onerror=alert(1)>";

/** A one-fair, one-exhibit, one-product report; `product` is the exhibit's product name. */
export function aReport(product = "Khô bò") {
  return buildReport(
    aTypedWorkbook({
      fairs: [aFairRow({ fairCode: "ST" })],
      exhibits: [anExhibitRow({ fairCode: "ST", product, count: 3 })],
      products: [aProductRow()],
    }),
    someOptions()
  );
}
