import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { defaultSettings } from "../../src/core/settings";
import { LISTS, PRODUCTS, TRACKING_SHEETS } from "../../src/core/sheets/columns";
import { DATE_FORMAT } from "../../src/core/sheets/template";
import { readXlsx } from "../../src/workbook/file/readXlsx";
import { nationalReferenceOnce } from "../builders";

const national = nationalReferenceOnce();

function recordingIO() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

// The first test loads exceljs and writes a whole workbook: ~1 s alone, over 5 s on a busy
// two-core machine. A slow write is not what these tests are about.
jest.setTimeout(20_000);

describe("ocop template", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "ocop-template-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a workbook that opens with exceljs, with headers, day-first dates and dropdowns", async () => {
    const file = join(dir, "mau.xlsx");
    const { io, out } = recordingIO();
    expect(await main(["template", file], io)).toBe(0);
    expect(out.join("\n")).toContain(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      ...TRACKING_SHEETS.map((s) => s.defaultName),
      LISTS.defaultName,
    ]);
    const ws = book.getWorksheet(PRODUCTS.defaultName)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(
      PRODUCTS.columns.map((c) => c.header)
    );
    const dateCol = PRODUCTS.columns.findIndex((c) => c.key === "decisionDate") + 1;
    expect(ws.getColumn(dateCol).numFmt).toBe(DATE_FORMAT);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const districtCol = PRODUCTS.columns.findIndex((c) => c.key === "district") + 1;
    const letter = String.fromCharCode(64 + districtCol);
    const validation = (
      ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const rule = Object.entries(validation).find(([range]) => range.startsWith(`${letter}2`))?.[1];
    expect(rule).toMatchObject({ type: "list", formulae: ["'Danh mục'!$A$2:$A$12"] });
  });

  it("gives no error finding when the empty template is checked", async () => {
    const file = join(dir, "mau.xlsx");
    expect(await main(["template", file], recordingIO().io)).toBe(0);
    const { workbook } = await readXlsx(readFileSync(file));
    const result = checkWorkbook(workbook, defaultSettings(), {
      today: "2024-06-30",
      reference: national.current,
    });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("never overwrites an existing file without --force", async () => {
    const file = join(dir, "cua-toi.xlsx");
    writeFileSync(file, "dữ liệu của tôi");
    const { io, err } = recordingIO();
    expect(await main(["template", file], io)).toBe(2);
    expect(err.join("\n")).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("dữ liệu của tôi");
    expect(await main(["template", file, "--force"], recordingIO().io)).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it("asks for exactly one output file", async () => {
    const { io, err } = recordingIO();
    expect(await main(["template"], io)).toBe(2);
    expect(await main(["template", join(dir, "a.xlsx"), join(dir, "b.xlsx")], io)).toBe(2);
    expect(await main(["template", "--bogus", join(dir, "a.xlsx")], io)).toBe(2);
    expect(err).toHaveLength(3);
    expect(existsSync(join(dir, "a.xlsx"))).toBe(false);
  });
});
