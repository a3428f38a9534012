import ExcelJS from "exceljs";
import { readXlsx } from "../../../src/workbook/file/readXlsx";

/** An .xlsx written by exceljs: values from `rows` (A1 down), then `style` for extra touches. */
async function anXlsx(
  rows: (string | number)[][],
  style: (ws: ExcelJS.Worksheet) => void = () => undefined
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Hội chợ");
  rows.forEach((row) => ws.addRow(row));
  style(ws);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const shape = (grid: unknown[][]) => grid.map((row) => row.length);

describe("readXlsx", () => {
  it("ends the grid at the last row and column holding a value, not at a styled empty cell far down", async () => {
    const file = await anXlsx(
      [
        ["Tên hội chợ", "Ngày bắt đầu", "Ghi chú"],
        ["Hội chợ OCOP", 45_500, "x"],
      ],
      (ws) => {
        ws.getCell("H300000").fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: "FFFFFF00" },
        };
        ws.getCell("Z2").numFmt = "dd/mm/yyyy";
        ws.getCell("B2").numFmt = "dd/mm/yyyy";
      }
    );
    const sheet = (await readXlsx(file)).workbook.sheets[0];
    expect(sheet.values).toEqual([
      ["Tên hội chợ", "Ngày bắt đầu", "Ghi chú"],
      ["Hội chợ OCOP", 45_500, "x"],
    ]);
    expect(shape(sheet.numberFormats ?? [])).toEqual(shape(sheet.values));
    expect(sheet.numberFormats?.[1][1]).toBe("dd/mm/yyyy");
  });

  it("keeps empty rows and columns between values", async () => {
    const file = await anXlsx([["a"], [], ["", "", "b"]]);
    const sheet = (await readXlsx(file)).workbook.sheets[0];
    expect(sheet.values).toEqual([
      ["a", "", ""],
      ["", "", ""],
      ["", "", "b"],
    ]);
    expect(shape(sheet.numberFormats ?? [])).toEqual([3, 3, 3]);
  });

  it("reads a sheet with only formatting as empty", async () => {
    const file = await anXlsx([], (ws) => {
      ws.getCell("C5").numFmt = "@";
    });
    const sheet = (await readXlsx(file)).workbook.sheets[0];
    expect(sheet.values).toEqual([]);
    expect(sheet.numberFormats).toEqual([]);
  });
});
