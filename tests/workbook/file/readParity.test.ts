import ExcelJS from "exceljs";
import { sampleWorkbook } from "../../../src/core/sample";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { writeXlsx } from "../../../src/workbook/file/writeXlsx";
import { toXlsxBook } from "../../builders";
import { readWithExceljs } from "./exceljsOracle";

/** A workbook with every kind of cell a user's file holds, written by exceljs. */
async function everyKindOfCell(date1904: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = date1904;
  const ws = book.addWorksheet("Hội chợ");
  ws.addRow(["Tên", "Ngày", "Số", "Đúng", "Lỗi", "Công thức", "Ghi chú"]);
  ws.addRow([
    'Hội chợ & <Triển lãm> "OCOP"',
    new Date(Date.UTC(2024, 2, 15)),
    12.5,
    true,
    { error: "#REF!" },
    { formula: "C2*2", result: 25 },
    { richText: [{ text: "đậm " }, { text: "nghiêng", font: { italic: true } }] },
  ]);
  ws.getCell("B2").numFmt = "dd/mm/yyyy";
  ws.getCell("C2").numFmt = "#,##0.00";
  ws.addRow(["  khoảng trắng  ", false, 0, "", { formula: "A1", result: "Tên" }, "dòng 1\ndòng 2"]);
  ws.getCell("H3").value = { text: "liên kết", hyperlink: "https://example.org" };
  ws.getCell("A5").value = "gộp";
  ws.mergeCells("A5:C6");
  ws.getCell("Z9").numFmt = "@";
  const hidden = book.addWorksheet("Ẩn", { state: "veryHidden" });
  hidden.getCell("B2").value = 7;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("the streaming reader against the exceljs reader it replaces", () => {
  it.each([false, true])(
    "gives the same grids for every kind of cell (1904 system: %s)",
    async (date1904) => {
      const file = await everyKindOfCell(date1904);
      const expected = await readWithExceljs(file.slice());
      // Every sheet, as exceljs reads them: "Ẩn" is none the check would take.
      const read = await readXlsx(file, { allSheets: true });
      expect(read.workbook).toEqual(expected.workbook);
      expect(read.workbook.date1904).toBe(date1904);
      expect(read.notes).toEqual([]);
    }
  );

  it("gives the same grids and settings for the sample workbook", async () => {
    const file = await writeXlsx(
      toXlsxBook(sampleWorkbook(), JSON.stringify({ reportYear: 2023 }))
    );
    const expected = await readWithExceljs(file.slice());
    const read = await readXlsx(file);
    expect(read.workbook).toEqual(expected.workbook);
    expect(read.settingsJson).toBe(expected.settingsJson);
    expect(read.format).toBe("xlsx");
  });
});
