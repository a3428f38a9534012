import * as XLSX from "@e965/xlsx";
import { checkWorkbook } from "../../../src/core/check";
import { sampleWorkbook } from "../../../src/core/sample";
import { parseSettings } from "../../../src/core/settings";
import type { CellValue, RawSheet, RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { writeXlsx } from "../../../src/workbook/file/writeXlsx";
import { aGrid, aProduct, nationalReferenceOnce, toXlsxBook } from "../../builders";

const ref = nationalReferenceOnce();
const settings = parseSettings({ reportYear: 2023 });
const options = () => ({ today: "2024-01-15", reference: ref.current });

function sheet(name: string, values: CellValue[][]): RawSheet {
  return { name, origin: "A1", values };
}

/**
 * The sample workbook among the sheets offices keep beside it: a long log with its own header,
 * a pivot source, a sheet of notes, and the ranked list again under another name and title rows.
 */
function withOtherSheets(): RawWorkbook {
  const sample = sampleWorkbook();
  const log: CellValue[][] = [["Ngày", "Người nhập", "Nội dung"]];
  for (let i = 0; i < 1200; i++) log.push([45000 + i, `Cán bộ ${i % 7}`, `Cập nhật dòng ${i}`]);
  const ranked = aGrid("products", [aProduct()], {
    name: "Loc",
    titleRows: [["DANH SÁCH SẢN PHẨM OCOP"], [""]],
  });
  return {
    ...sample,
    sheets: [
      sheet("Nhật ký", log),
      ...sample.sheets,
      sheet("Pivot", [
        ["Huyện", "Số SP"],
        ["Chợ Mới", 5],
        ["Tri Tôn", 3],
      ]),
      sheet("Ghi chú", [["Sổ này do phòng Kinh tế lập."]]),
      ranked,
    ],
  };
}

async function filesOf(raw: RawWorkbook) {
  const xlsx = await writeXlsx(toXlsxBook(raw, JSON.stringify({ reportYear: 2023 })));
  const book = XLSX.read(xlsx, { type: "array", cellNF: true });
  const xls = new Uint8Array(XLSX.write(book, { bookType: "biff8", type: "array" }) as ArrayBuffer);
  return { xlsx, xls };
}

describe("reading only the sheets the check could take", () => {
  it.each(["xlsx", "xls"] as const)(
    "leaves the other sheets out of a %s file, with the same findings as reading them all",
    async (format) => {
      const file = (await filesOf(withOtherSheets()))[format];
      const all = await readXlsx(file.slice(), { allSheets: true });
      const read = await readXlsx(file.slice());
      expect(all.workbook.sheets.map((s) => s.name)).toEqual([
        "Nhật ký",
        "Hội chợ",
        "Sản phẩm trưng bày",
        "Sản phẩm OCOP",
        "Pivot",
        "Ghi chú",
        "Loc",
      ]);
      // "Loc" has the ranked list's header: a candidate, though "Sản phẩm OCOP" is taken first.
      expect(read.workbook.sheets.map((s) => s.name)).toEqual([
        "Hội chợ",
        "Sản phẩm trưng bày",
        "Sản phẩm OCOP",
        "Loc",
      ]);
      expect(read.settingsJson).toBe(all.settingsJson);
      const a = checkWorkbook(all.workbook, settings, options());
      const b = checkWorkbook(read.workbook, settings, options());
      expect(a.findings.length).toBeGreaterThanOrEqual(5);
      expect(b.findings).toEqual(a.findings);
      expect(b.typed).toEqual(a.typed);
    }
  );

  it("reads no further than the first rows of a sheet it leaves out, however big", async () => {
    const { xlsx } = await filesOf(withOtherSheets());
    // The 1,201-row log alone (3,603 cells) is over this cap; the tracking sheets are far under it.
    const limits = { maxCells: 3000 };
    await expect(readXlsx(xlsx.slice(), { allSheets: true, limits })).rejects.toMatchObject({
      reason: "tooManyCells",
    });
    const read = await readXlsx(xlsx.slice(), { limits });
    expect(read.workbook.sheets.some((s) => s.name === "Nhật ký")).toBe(false);
  });

  it("keeps a sheet named as a tracking or lists sheet, even empty or headerless", async () => {
    const raw: RawWorkbook = {
      sheets: [
        sheet("Danh mục", [["Huyện"], ["Chợ Mới"]]),
        sheet("Hoi cho", [["gì đó"]]),
        sheet("Sheet1", [["gì đó"]]),
      ],
    };
    const { xlsx } = await filesOf(raw);
    const read = await readXlsx(xlsx);
    expect(read.workbook.sheets.map((s) => s.name)).toEqual(["Danh mục", "Hoi cho"]);
  });
});
