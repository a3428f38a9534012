import type { SheetKind } from "../findings/finding";
import { columnLetter } from "../sheets/address";
import { EXHIBITS, FAIRS, PRODUCTS, type SheetSpec } from "../sheets/columns";
import type { CellValue, RawSheet, RawWorkbook } from "../sheets/rawSheet";
import { SAMPLE_EXHIBITS, SAMPLE_FAIRS, SAMPLE_PRODUCTS } from "./sampleData";
import type { SampleEntry } from "./sampleRows";

export interface SampleOptions {
  /** Plant the documented mistakes for the validator to find (default true). */
  mistakes?: boolean;
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

/** The products sheet opens with a title and a blank line above its header, as real ones do. */
const PRODUCTS_TITLE: CellValue[][] = [
  ["DANH SÁCH SẢN PHẨM ĐẠT CHUẨN OCOP TỈNH AN GIANG (2021 - 2023)"],
  [],
];

/**
 * The sample workbook (An Giang, 2023) as a door hands it to the core: three tracking sheets
 * with headers from `columns.ts`, dates as Excel dates. Pure: the CLI writes it to .xlsx, the
 * browser page opens it in memory.
 */
export function sampleWorkbook(options: SampleOptions = {}): RawWorkbook {
  const mistakes = options.mistakes ?? true;
  return {
    sheets: [
      sheetOf(FAIRS, SAMPLE_FAIRS, [], mistakes),
      sheetOf(EXHIBITS, SAMPLE_EXHIBITS, [], mistakes),
      sheetOf(PRODUCTS, SAMPLE_PRODUCTS, PRODUCTS_TITLE, mistakes),
    ],
  };
}

/** The mistakes `sampleWorkbook({ mistakes: true })` carries, in sheet and row order. */
export function sampleMistakes(): SampleMistake[] {
  const out: SampleMistake[] = [];
  const specs: Array<[SheetSpec, SampleEntry[], number]> = [
    [FAIRS, SAMPLE_FAIRS, 0],
    [EXHIBITS, SAMPLE_EXHIBITS, 0],
    [PRODUCTS, SAMPLE_PRODUCTS, PRODUCTS_TITLE.length],
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
