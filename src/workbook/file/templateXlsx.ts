import {
  dataRange,
  templateSheets,
  type Template,
  type TemplateSheet,
} from "../../core/sheets/template";
import type { CellValue } from "../../core/sheets/rawSheet";
import type { XlsxBook, XlsxSheet } from "./writeXlsx";

/** One template sheet as .xlsx: header row, day-first date formats, widths, dropdowns. */
export function templateSheetXlsx(
  sheet: TemplateSheet,
  template: Template
): XlsxSheet & { rows: CellValue[][] } {
  const headerRows = sheet.upperHeader ? 2 : 1;
  const columnFormats: Record<number, string> = {};
  const validations: NonNullable<XlsxSheet["validations"]> = [];
  for (const c of sheet.columns) {
    columnFormats[c.index] = c.numberFormat;
    const source = c.list && template.sources[c.list];
    if (source)
      validations.push({
        range: dataRange(c.letter, undefined, headerRows + 1),
        source: source.formula,
      });
  }
  return {
    name: sheet.name,
    rows: [
      ...(sheet.upperHeader ? [sheet.upperHeader] : []),
      sheet.columns.map((c) => c.header),
      ...sheet.rows,
    ],
    columnFormats,
    columnWidths: sheet.columns.map((c) => c.width),
    headerRows,
    validations,
    ...(sheet.merges ? { merges: sheet.merges } : {}),
    ...(sheet.hidden ? { state: "hidden" as const } : {}),
  };
}

/**
 * The template as an .xlsx: the three tracking sheets, `Danh mục`, then the hidden units sheet
 * when there is one (hidden, not very hidden: a user may show it to read the list). No Excel tables here (the
 * Excel door makes them): exceljs writes empty tables that Excel must repair (exceljs#2678, #1122).
 */
export function templateBook(template: Template): XlsxBook {
  return {
    sheets: templateSheets(template).map((s) => templateSheetXlsx(s, template)),
  };
}
