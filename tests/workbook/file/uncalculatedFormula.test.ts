import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { checkWorkbook } from "../../../src/core/check";
import { parseSettings } from "../../../src/core/settings";
import { UNCALCULATED_FORMULA } from "../../../src/core/sheets/rawSheet";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { writeXlsx } from "../../../src/workbook/file/writeXlsx";
import {
  aFair,
  anExhibit,
  aProduct,
  aTempDir,
  aWorkbook,
  nationalReferenceOnce,
  toXlsxBook,
} from "../../builders";

const ref = nationalReferenceOnce();
const dir = aTempDir("ocop-uncalculated-");
const settingsJson = JSON.stringify({ reportYear: 2023 });

/**
 * A clean workbook whose ranked product's stars (column J of 'Sản phẩm OCOP', row 2) hold a
 * formula saved without its result, as a script writing .xlsx leaves it.
 */
async function withUncalculatedStars(): Promise<string> {
  const raw = aWorkbook({
    fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })],
    exhibits: [anExhibit()],
    products: [aProduct()],
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(toXlsxBook(raw, settingsJson))) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Sản phẩm OCOP")!;
  const header = ws.getRow(1).values as unknown[];
  const starsColumn = header.indexOf("Hạng sao");
  ws.getCell(2, starsColumn).value = { formula: "IF(I2>=70,4,3)" } as ExcelJS.CellFormulaValue;
  const path = join(dir, "uncalculated.xlsx");
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

function silentIO() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("a formula cell saved without its result", () => {
  it("is its own error at the cell, never 'required', and carries no marker as its value", async () => {
    const file = await withUncalculatedStars();
    const read = await readXlsx(new Uint8Array(readFileSync(file)));
    const products = read.workbook.sheets.find((s) => s.name === "Sản phẩm OCOP")!;
    expect(products.values[1]).toContain(UNCALCULATED_FORMULA);

    const { findings } = checkWorkbook(read.workbook, parseSettings({ reportYear: 2023 }), {
      today: "2024-01-15",
      reference: ref.current,
    });
    const at = findings.filter((f) => f.sheet === "Sản phẩm OCOP" && f.row === 2);
    expect(at).toEqual([
      expect.objectContaining({
        code: "products.stars.uncalculated",
        severity: "error",
        columnKey: "stars",
        value: null,
      }),
    ]);
    expect(findings.some((f) => f.code.endsWith(".required"))).toBe(false);
    expect(JSON.stringify(findings)).not.toContain(UNCALCULATED_FORMULA);
  });

  it("is told in the CLI's words in both languages, and the report never quotes the marker", async () => {
    const file = await withUncalculatedStars();
    const vi = silentIO();
    expect(await main(["check", file], vi.io)).toBe(1);
    const text = vi.out.join("\n");
    expect(text).toContain(
      "Hạng sao: ô có công thức nhưng chưa có kết quả đã lưu; mở tệp trong Excel và lưu lại."
    );
    expect(text).not.toContain(UNCALCULATED_FORMULA);

    const en = silentIO();
    expect(await main(["check", file, "--lang", "en", "--json"], en.io)).toBe(1);
    const json = en.out.join("\n");
    expect(json).toContain("open the file in Excel and save it again");
    expect(json).not.toContain(UNCALCULATED_FORMULA);

    const report = silentIO();
    await main(["report", file, "--format", "json"], report.io);
    expect(report.out.join("\n").length).toBeGreaterThan(100);
    expect([...report.out, ...report.err].join("\n")).not.toContain(UNCALCULATED_FORMULA);
  });
});
