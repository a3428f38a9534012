import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { FakeExcel, parseBox, setFormat } from "./fakeExcel";

/**
 * A fake Excel (ExcelApi 1.`apiMinor`) holding these grids at their origins, with their number
 * formats: a workbook as the user has it open, for tests and benches that go through the door.
 */
export function excelHolding(raw: RawWorkbook, apiMinor = 11): FakeExcel {
  const host = new FakeExcel(apiMinor);
  for (const sheet of raw.sheets) {
    const origin = parseBox(sheet.origin);
    const state = host.addSheet(
      sheet.name,
      sheet.values.map((row) => row.map((v) => v ?? "")),
      sheet.origin
    );
    sheet.numberFormats?.forEach((row, r) =>
      row.forEach((format, c) => setFormat(state, origin.r0 + r, origin.c0 + c, format))
    );
  }
  return host;
}
