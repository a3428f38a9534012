import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { defaultSettings } from "../../src/core/settings";
import { PRODUCTS } from "../../src/core/sheets/columns";
import { readXlsx } from "../../src/workbook/file/readXlsx";
import { nationalReferenceOnce } from "../builders";

const national = nationalReferenceOnce();
jest.setTimeout(20_000);

function recordingIO() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const check = (workbook: Parameters<typeof checkWorkbook>[0]) =>
  checkWorkbook(
    workbook,
    { ...defaultSettings(), reportYear: 2026 },
    {
      today: "2026-11-30",
      reference: national.current,
    }
  );

describe("ocop template --layout history", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ocop-template-history-"));
    file = join(dir, "mau-lich-su.xlsx");
    expect(await main(["template", file, "--layout", "history"], recordingIO().io)).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("heads the ranked sheet with two recognition rounds under merged titles", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet(PRODUCTS.defaultName)!;
    const upper = (ws.getRow(1).values as unknown[]).slice(1);
    const lower = (ws.getRow(2).values as unknown[]).slice(1);
    const first = upper.indexOf("Đánh giá lần 1");
    const second = upper.indexOf("Đánh giá lần 2/nâng hạng");
    expect(second - first).toBe(6);
    expect(lower.slice(first, second)).toEqual([
      "Điểm",
      "Hạng sao",
      "Ngày công nhận",
      "Năm",
      "Số QĐ",
      "Cơ quan công nhận",
    ]);
    expect(upper).toEqual(expect.arrayContaining(["Chủ thể", "Hạng sao hiện tại", "Ngày hết hạn"]));
    const merges = ws.model.merges ?? [];
    expect(merges).toEqual(expect.arrayContaining(["A1:A2", "K1:P1", "Q1:V1"]));
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("finds nothing when the empty history template is checked", async () => {
    const { workbook } = await readXlsx(readFileSync(file));
    expect(check(workbook).findings).toEqual([]);
  });

  it("reads a row typed into it as a history: a 4★ → 5★ upgrade is nâng hạng", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet(PRODUCTS.defaultName)!;
    const put = (column: string, value: ExcelJS.CellValue) =>
      (ws.getCell(`${column}3`).value = value);
    [
      ["A", 1],
      ["B", "Doanh nghiệp"],
      ["C", "Công ty TNHH Nước mắm Hưng Thịnh Phú Quốc"],
      ["D", "đặc khu Phú Quốc"],
      ["H", "Nước mắm cá cơm"],
      ["I", "Thực phẩm"],
      // Round 1: K score, L stars, M date, N year, O number, P body; round 2: Q–V.
      ["K", 82],
      ["L", 4],
      ["M", new Date(Date.UTC(2023, 5, 15))],
      ["N", 2023],
      ["O", "1234/QĐ-UBND"],
      ["P", "UBND tỉnh"],
      ["Q", 91],
      ["R", 5],
      ["S", new Date(Date.UTC(2026, 8, 10))],
      ["T", 2026],
      ["U", "456/QĐ-BNNMT"],
      ["V", "Bộ Nông nghiệp và Môi trường"],
      ["W", 5],
      ["X", new Date(Date.UTC(2029, 8, 10))],
    ].forEach(([c, v]) => put(c as string, v as ExcelJS.CellValue));
    const { workbook } = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    const result = check(workbook);
    expect(result.findings).toEqual([]);
    expect(result.typed.products).toEqual([
      expect.objectContaining({ row: 3, score: 91, stars: 5, status: "nâng hạng" }),
    ]);
  });

  it("refuses an unknown layout and writes nothing", async () => {
    const other = join(dir, "x.xlsx");
    const { io, err } = recordingIO();
    expect(await main(["template", other, "--layout", "lich-su"], io)).toBe(2);
    expect(err.join("\n")).toContain('--layout: standard hoặc history, không phải "lich-su"');
    expect(existsSync(other)).toBe(false);
  });
});
