import type { SheetKind } from "../findings/finding";
import { columnLetter } from "../sheets/address";
import { EXHIBITS, FAIRS, PRODUCTS, type SheetSpec } from "../sheets/columns";
import type { CellValue, RawSheet, RawWorkbook } from "../sheets/rawSheet";
import { SAMPLE_EXHIBITS, SAMPLE_FAIRS, SAMPLE_PRODUCTS } from "./sampleData";
import { SAMPLE_EXHIBITS_2026, SAMPLE_FAIRS_2026, SAMPLE_PRODUCTS_2026 } from "./sampleData2026";
import type { SampleEntry } from "./sampleRows";

/** The samples there are: An Giang 2023 (the default), the merged An Giang of 2026. */
export const SAMPLE_YEARS = [2023, 2026] as const;
export type SampleYear = (typeof SAMPLE_YEARS)[number];

export interface SampleOptions {
  /** Plant the documented mistakes for the validator to find (default true). */
  mistakes?: boolean;
  /** Which sample (default 2023). */
  year?: SampleYear;
}

/** A mistake the sample carries, where it is and what the validator should say. */
export interface SampleMistake {
  sheetKind: Exclude<SheetKind, "lists">;
  sheet: string;
  row: number;
  column: string;
  columnKey: string;
  value: CellValue;
  what: { vi: string; en: string };
}

const DATE_FORMAT = "dd/mm/yyyy";
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

interface SampleData {
  fairs: SampleEntry[];
  exhibits: SampleEntry[];
  products: SampleEntry[];
  /** The products sheet opens with a title and a blank line above its header, as real ones do. */
  productsTitle: CellValue[][];
}

const SAMPLES: Record<SampleYear, SampleData> = {
  2023: {
    fairs: SAMPLE_FAIRS,
    exhibits: SAMPLE_EXHIBITS,
    products: SAMPLE_PRODUCTS,
    productsTitle: [["DANH SÁCH SẢN PHẨM ĐẠT CHUẨN OCOP TỈNH AN GIANG (2021 - 2023)"], []],
  },
  2026: {
    fairs: SAMPLE_FAIRS_2026,
    exhibits: SAMPLE_EXHIBITS_2026,
    products: SAMPLE_PRODUCTS_2026,
    productsTitle: [["DANH SÁCH SẢN PHẨM ĐẠT CHUẨN OCOP TỈNH AN GIANG NĂM 2026"], []],
  },
};

/**
 * A sample workbook (An Giang 2023 by default; `year: 2026` the merged An Giang after
 * 01/7/2025) as a door hands it to the core: three tracking sheets with headers from
 * `columns.ts`, dates as Excel dates. Pure: the CLI writes it to .xlsx, the browser page opens it
 * in memory.
 */
export function sampleWorkbook(options: SampleOptions = {}): RawWorkbook {
  const mistakes = options.mistakes ?? true;
  const data = SAMPLES[options.year ?? 2023];
  return {
    sheets: [
      sheetOf(FAIRS, data.fairs, [], mistakes),
      sheetOf(EXHIBITS, data.exhibits, [], mistakes),
      sheetOf(PRODUCTS, data.products, data.productsTitle, mistakes),
    ],
  };
}

/** The mistakes `sampleWorkbook({ mistakes: true, year })` carries, in sheet and row order. */
export function sampleMistakes(year: SampleYear = 2023): SampleMistake[] {
  const out: SampleMistake[] = [];
  const data = SAMPLES[year];
  const specs: Array<[SheetSpec, SampleEntry[], number]> = [
    [FAIRS, data.fairs, 0],
    [EXHIBITS, data.exhibits, 0],
    [PRODUCTS, data.products, data.productsTitle.length],
  ];
  for (const [spec, entries, titleRows] of specs) {
    entries.forEach((entry, i) => {
      if (!entry.mistake) return;
      const column = spec.columns.findIndex((c) => c.key === entry.mistake?.key);
      out.push({
        sheetKind: spec.kind as SampleMistake["sheetKind"],
        sheet: spec.defaultName,
        row: titleRows + 2 + i,
        column: columnLetter(column + 1),
        columnKey: entry.mistake.key,
        value: entry.mistake.value,
        what: entry.mistake.what,
      });
    });
  }
  return out;
}

function sheetOf(
  spec: SheetSpec,
  entries: readonly SampleEntry[],
  titleRows: CellValue[][],
  mistakes: boolean
): RawSheet {
  const width = spec.columns.length;
  const pad = (row: CellValue[]): CellValue[] =>
    Array.from({ length: width }, (_, i) => row[i] ?? "");
  const values: CellValue[][] = titleRows.map(pad);
  const numberFormats: string[][] = titleRows.map(() => new Array<string>(width).fill("General"));
  values.push(spec.columns.map((c) => c.header));
  numberFormats.push(new Array<string>(width).fill("General"));
  entries.forEach((entry, i) => {
    const row = { ...entry.row };
    if (mistakes && entry.mistake) row[entry.mistake.key] = entry.mistake.value;
    const cells: CellValue[] = [];
    const formats: string[] = [];
    for (const column of spec.columns) {
      let value = column.key === "seq" ? i + 1 : (row[column.key] ?? "");
      let format = "General";
      if (column.type === "date" && typeof value === "string" && ISO_DATE.test(value)) {
        value = serialOf(value);
        format = DATE_FORMAT;
      }
      cells.push(value);
      formats.push(format);
    }
    values.push(cells);
    numberFormats.push(formats);
  });
  return { name: spec.defaultName, origin: "A1", values, numberFormats };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function serialOf(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - EPOCH_1900) / MS_PER_DAY;
}
