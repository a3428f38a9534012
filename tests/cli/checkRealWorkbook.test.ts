import ExcelJS from "exceljs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { aTempDir } from "../builders";

/**
 * A workbook made the way a district office makes one in Excel, not by our writer: merged title,
 * a two-row header with merged cells, real date cells, a formula whose result is an error,
 * rich text, Vietnamese decimals typed as text. Planted defects must be found at their cells,
 * and nothing else may be an error.
 */
async function districtWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const fairs = wb.addWorksheet("Hội chợ");
  fairs.mergeCells("A1:F1");
  fairs.getCell("A1").value = "DANH SÁCH HỘI CHỢ THAM GIA NĂM 2023";
  fairs.addRow([]);
  fairs.addRow(["STT", "Mã HC", "Tên hội chợ", "Nơi tổ chức", "Thời gian", ""]);
  fairs.addRow(["", "", "", "", "Từ ngày", "Đến ngày"]);
  fairs.mergeCells("E3:F3");
  for (const c of ["A", "B", "C", "D"]) fairs.mergeCells(`${c}3:${c}4`);
  const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
  fairs.addRow([
    1,
    "HC01",
    "Hội chợ OCOP Sóc Trăng",
    "Tỉnh Sóc Trăng",
    d(2023, 9, 14),
    d(2023, 9, 18),
  ]);
  fairs.addRow([2, "HC02", "Hội chợ Hậu Giang", "Hậu Giangg", "05/10/2023", "09/10/2023"]); // planted: D6
  fairs.addRow([3, "HC03", "Hội chợ Thủ đô", "TP. Hà Nội", d(2023, 12, 1), "12/15/2023"]); // planted: F7
  for (const r of [5, 7]) fairs.getCell(`E${r}`).numFmt = "dd/mm/yyyy";
  fairs.getCell("F5").numFmt = "dd/mm/yyyy";

  const exhibits = wb.addWorksheet("Trưng bày");
  exhibits.addRow([
    "Mã hội chợ",
    "Tên sản phẩm",
    "Cơ sở",
    "Huyện",
    "Phân loại",
    "Số sao",
    "Số lượt",
  ]);
  exhibits.addRow([
    "HC01",
    { richText: [{ text: "Đường " }, { text: "thốt nốt", font: { bold: true } }] },
    "HTX Thốt Nốt",
    "TX. Tịnh Biên",
    "OCOP",
    "4 sao",
    2,
  ]);
  exhibits.addRow(["HC02", "Khô cá lóc", "Cơ sở Bảy Lộc", "H. Chợ Mới", "Đặc thù", "", ""]);
  exhibits.addRow(["HC03", "Trà khổ qua", "Cơ sở Ba Nhi", "TP Long Xuyên", "OCOP", "", 1]); // planted: F4
  exhibits.getCell("G3").value = {
    formula: "1/0",
    result: { error: "#DIV/0!" },
  } as ExcelJS.CellValue; // planted: G3

  const products = wb.addWorksheet("Sản phẩm OCOP");
  products.addRow([
    "STT",
    "Tên sản phẩm",
    "Tên chủ thể",
    "Loại hình",
    "Huyện",
    "Nhóm",
    "Tổng điểm",
    "Hạng sao",
    "Số QĐ",
    "Ngày QĐ",
  ]);
  products.addRow([
    1,
    "Đường thốt nốt",
    "HTX Thốt Nốt",
    "HTX",
    "Tịnh Biên",
    "Thực phẩm",
    "75",
    "4 sao",
    "1234/QĐ-UBND",
    d(2023, 6, 15),
  ]);
  products.addRow([
    2,
    "Khô cá lóc",
    "Cơ sở Bảy Lộc",
    "Hộ kinh doanh",
    "Chợ Mới",
    "Thực phẩm",
    "65,5",
    3,
    "88/QĐ-UBND",
    "15/03/2023",
  ]);
  products.addRow([
    3,
    "Trà khổ qua",
    "Cơ sở Ba Nhi",
    "Hộ kinh doanh",
    "Long Xuyên",
    "Thực phẩm",
    "chưa chấm",
    3,
    "90/QĐ-UBND",
    "20/03/2023",
  ]); // planted: G4
  products.getCell("J2").numFmt = "dd/mm/yyyy";
  await wb.xlsx.writeFile(path);
}

describe("ocop check on a workbook made in Excel by someone else", () => {
  it("finds every planted defect at its cell and no error elsewhere", async () => {
    const file = join(aTempDir("ocop-real-"), "huyen.xlsx");
    await districtWorkbook(file);
    const out: string[] = [];
    const io: CliIO = { out: (t) => out.push(t), err: (t) => out.push(t) };
    expect(await main(["check", file, "--json", "--year", "2023"], io)).toBe(1);
    const findings: { severity: string; code: string; address: string }[] = JSON.parse(out.join(""))
      .files[0].findings;
    const errors = findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.address} ${f.code}`);
    expect(errors.sort()).toEqual(
      [
        "'Hội chợ'!D6 fairs.province.unknown",
        "'Hội chợ'!F7 fairs.endDate.invalid",
        "'Trưng bày'!F4 exhibits.stars.required",
        "'Trưng bày'!G3 exhibits.count.formulaError",
        "'Sản phẩm OCOP'!G4 products.score.notNumber",
      ].sort()
    );
  });
});
