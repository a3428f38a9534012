import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { defaultSettings } from "../../src/core/settings";
import { ACTIVITY_SHEETS, LISTS, PRODUCTS, TRACKING_SHEETS } from "../../src/core/sheets/columns";
import { COMMUNE_HEADER, DATE_FORMAT, UNITS_SHEET } from "../../src/core/sheets/template";
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

  // The CLI's template is for today: from 01/7/2025 the unit column lists communes.
  it("writes a workbook that opens with exceljs, with headers, day-first dates and dropdowns", async () => {
    const file = join(dir, "mau.xlsx");
    const { io, out } = recordingIO();
    expect(await main(["template", file], io)).toBe(0);
    expect(out.join("\n")).toContain(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      ...TRACKING_SHEETS.map((s) => s.defaultName),
      ...ACTIVITY_SHEETS.map((s) => s.defaultName),
      LISTS.defaultName,
      UNITS_SHEET,
    ]);
    const ws = book.getWorksheet(PRODUCTS.defaultName)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(
      PRODUCTS.columns.map((c) => (c.key === "district" ? COMMUNE_HEADER : c.header))
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
    // An Giang (the default province) has 102 communes from 01/7/2025 (Công văn 1027/CTK-CSCL).
    expect(rule).toMatchObject({ type: "list", formulae: [`'${UNITS_SHEET}'!$A$2:$A$103`] });
  });

  /** The hidden units sheet's names and the products sheet's unit dropdown of a written template. */
  async function unitsOf(file: string) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const hidden = book.getWorksheet(UNITS_SHEET)!;
    const names: unknown[] = [];
    hidden.getColumn(1).eachCell((cell, row) => void (row > 1 && names.push(cell.value)));
    const products = book.getWorksheet(PRODUCTS.defaultName)!;
    const letter = String.fromCharCode(
      65 + PRODUCTS.columns.findIndex((c) => c.key === "district")
    );
    const model = (
      products as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      }
    ).dataValidations.model;
    const rule = Object.entries(model).find(([range]) => range.startsWith(`${letter}2`))?.[1];
    return { state: hidden.state, header: hidden.getCell("A1").value, names, rule };
  }

  it("offers An Giang's 102 communes from a hidden sheet, with their types", async () => {
    const file = join(dir, "an-giang.xlsx");
    const { io, out } = recordingIO();
    expect(await main(["template", file, "--province", "tỉnh An Giang"], io)).toBe(0);
    expect(out.join("\n")).toContain("102");
    const { state, header, names, rule } = await unitsOf(file);
    expect(state).toBe("hidden");
    expect(header).toBe(COMMUNE_HEADER);
    expect(names).toHaveLength(102);
    expect(names).toEqual(
      expect.arrayContaining(["đặc khu Phú Quốc", "phường Rạch Giá", "xã Mỹ Hòa Hưng"])
    );
    expect(names).not.toContain("huyện Chợ Mới");
    expect(rule).toMatchObject({ type: "list", formulae: [`'${UNITS_SHEET}'!$A$2:$A$103`] });
  });

  it("holds the largest province's 168 units, far past Excel's 255-character inline list", async () => {
    const file = join(dir, "hcm.xlsx");
    expect(await main(["template", file, "--province", "TP Hồ Chí Minh"], recordingIO().io)).toBe(
      0
    );
    const { state, names, rule } = await unitsOf(file);
    expect(state).toBe("hidden");
    expect(names).toHaveLength(168);
    expect((names as string[]).join(",").length).toBeGreaterThan(255);
    expect(rule).toMatchObject({ formulae: [`'${UNITS_SHEET}'!$A$2:$A$169`] });
  });

  it("takes an old province name as its successor today (Kiên Giang → An Giang)", async () => {
    const file = join(dir, "kien-giang.xlsx");
    expect(await main(["template", file, "--province", "Kiên Giang"], recordingIO().io)).toBe(0);
    expect((await unitsOf(file)).names).toHaveLength(102);
  });

  it("refuses an unknown province with the nearest names and writes nothing", async () => {
    const file = join(dir, "x.xlsx");
    const { io, err } = recordingIO();
    expect(await main(["template", file, "--province", "An Giag"], io)).toBe(2);
    expect(err.join("\n")).toContain("An Giang");
    expect(await main(["template", file, "--province"], io)).toBe(2);
    expect(existsSync(file)).toBe(false);
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

  it("writes the activity sheets with dropdowns for role, level and kind, and checks clean", async () => {
    const file = join(dir, "mau.xlsx");
    expect(await main(["template", file], recordingIO().io)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const lists = book.getWorksheet(LISTS.defaultName)!;
    const listLetter = (key: string) =>
      String.fromCharCode(65 + LISTS.columns.findIndex((c) => c.key === key));
    for (const spec of ACTIVITY_SHEETS) {
      const ws = book.getWorksheet(spec.defaultName)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(
        spec.columns.map((c) => c.header)
      );
      const model = (
        ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
      ).dataValidations.model;
      for (const [i, c] of spec.columns.entries()) {
        if (!c.list || c.list === "districts") continue;
        const letter = String.fromCharCode(65 + i);
        const rule = Object.entries(model).find(([range]) => range.startsWith(`${letter}2`))?.[1];
        const source = listLetter(c.list);
        expect(rule).toMatchObject({ type: "list" });
        expect(rule!.formulae[0]).toMatch(new RegExp(`^'Danh mục'!\\$${source}\\$2:`));
        // The dropdown offers the list the reader accepts.
        const offered: unknown[] = [];
        lists.getColumn(source).eachCell((cell, row) => void (row > 1 && offered.push(cell.value)));
        expect(offered.length).toBeGreaterThanOrEqual(2);
      }
    }
    const { workbook } = await readXlsx(readFileSync(file));
    const result = checkWorkbook(workbook, defaultSettings(), {
      today: "2026-11-30",
      reference: national.current,
    });
    expect(result.typed.locations.training?.sheet).toBe("Tập huấn");
    expect(result.typed.locations.councils?.sheet).toBe("Hội đồng");
    expect(
      result.findings.filter((f) => f.sheetKind === "training" || f.sheetKind === "councils")
    ).toEqual([]);
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
