import { existsSync, writeFileSync } from "node:fs";
import { defaultSettings } from "../../core/settings";
import {
  buildTemplate,
  dataRange,
  templateLists,
  type Template,
  type TemplateSheet,
} from "../../core/sheets/template";
import { writeXlsx, type XlsxBook, type XlsxSheet } from "../../workbook/file/writeXlsx";
import { UsageError, type CliIO } from "../io";

const USAGE = "ocop template OUT.xlsx [--force]";

function sheetOf(sheet: TemplateSheet, template: Template): XlsxSheet {
  const columnFormats: Record<number, string> = {};
  for (const c of sheet.columns) columnFormats[c.index] = c.numberFormat;
  const validations: XlsxSheet["validations"] = [];
  for (const c of sheet.columns) {
    const source = c.list && template.sources[c.list];
    if (source) validations.push({ range: dataRange(c.letter), source: source.formula });
  }
  return {
    name: sheet.name,
    rows: [sheet.columns.map((c) => c.header), ...sheet.rows],
    columnFormats,
    columnWidths: sheet.columns.map((c) => c.width),
    headerRows: 1,
    validations,
  };
}

/**
 * The template as an .xlsx: the three tracking sheets, then `Danh mục`. No Excel tables here (the
 * Excel door makes them): exceljs writes empty tables that Excel must repair (exceljs#2678, #1122).
 */
export function templateBook(template: Template): XlsxBook {
  return { sheets: [...template.tracking, template.lists].map((s) => sheetOf(s, template)) };
}

/** `ocop template OUT.xlsx [--force]`: a blank tracking workbook with dropdowns. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const force = args.includes("--force");
  const rest = args.filter((a) => a !== "--force");
  const unknown = rest.find((a) => a.startsWith("-"));
  if (unknown)
    throw new UsageError(`ocop template: tùy chọn không rõ / unknown option ${unknown}\n${USAGE}`);
  if (rest.length !== 1 || !rest[0])
    throw new UsageError(`ocop template: cần một tệp ra / one output file\n${USAGE}`);
  const out = rest[0];
  if (existsSync(out) && !force)
    throw new UsageError(
      `ocop template: ${out} đã có; thêm --force để ghi đè / already exists; add --force to overwrite`
    );
  // The CLI is a door: "today" comes from the clock here, never inside the core.
  const today = new Date().toISOString().slice(0, 10);
  const template = buildTemplate(templateLists(defaultSettings(), today));
  const bytes = await writeXlsx(templateBook(template));
  writeFileSync(out, bytes, { flag: force ? "w" : "wx" });
  io.out(`Đã tạo mẫu / template written: ${out}`);
  return 0;
}
