import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { checkInPage } from "../../../src/taskpane/session/checker";
import { createFileDoor } from "../../../src/workbook/file/fileDoor";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { writeXlsx } from "../../../src/workbook/file/writeXlsx";
import { aFair, anExhibit, aProduct, aTempDir, aWorkbook, toXlsxBook } from "../../builders";

const dir = aTempDir("ocop-stray-");
const book = aWorkbook({
  fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })],
  exhibits: [anExhibit()],
  products: [aProduct()],
});

/** The clean workbook with one stray "x" typed far away, as a user's slip would leave it. */
async function withStray(address: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await writeXlsx(
      toXlsxBook(book, JSON.stringify({ reportYear: 2023 }))
    )) as unknown as ExcelJS.Buffer
  );
  wb.worksheets[0].getCell(address).value = "x";
  const path = join(dir, `stray-${address}.xlsx`);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

function silentIO() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("a workbook with one stray value far away", () => {
  it.each(["XFD20000", "XFD1048576", "B1048576"])(
    "checks clean with %s in well under 2 s, and the reader notes the value it left out",
    async (address) => {
      const file = await withStray(address);
      const before = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      const rec = silentIO();
      expect(await main(["check", file, "--json"], rec.io)).toBe(0);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 2 ** 20);
      expect(rec.err).toEqual([]);
      // The value left out is told, as info, at its own cell.
      const [checked] = (JSON.parse(rec.out.join("")) as { files: { findings: unknown[] }[] })
        .files;
      expect(checked.findings).toContainEqual(
        expect.objectContaining({
          severity: "info",
          code: "fairs.sheet.rowsAfterGap",
          sheet: "Hội chợ",
          address: `'Hội chợ'!${address}`,
        })
      );

      const read = await readXlsx(new Uint8Array(readFileSync(file)));
      const fairs = read.workbook.sheets[0];
      expect(fairs.values.length).toBeLessThan(10);
      expect(Math.max(...fairs.values.map((r) => r.length))).toBeLessThan(30);
      const row = Number(address.replace(/^[A-Z]+/, ""));
      expect(read.notes).toEqual([
        expect.objectContaining({
          sheet: fairs.name,
          row,
          column: address.startsWith("XFD") ? 16384 : 2,
        }),
      ]);
    }
  );

  it("is told at its cell by the standalone page's door too, far right as well as far down", async () => {
    for (const [address, code] of [
      ["CZ3", "fairs.sheet.columnsFarRight"],
      ["XFD20000", "fairs.sheet.rowsAfterGap"],
    ] as const) {
      const bytes = readFileSync(await withStray(address));
      const port = await createFileDoor().open(new Uint8Array(bytes).buffer);
      const raw = await port.readSheets();
      const result = await checkInPage(raw, await port.loadSettings(), "2024-01-15");
      const [column, row] = [address.replace(/\d+$/, ""), Number(address.replace(/^[A-Z]+/, ""))];
      expect(result.findings).toContainEqual(
        expect.objectContaining({ code, severity: "info", sheet: "Hội chợ", row, column })
      );
      expect(result.summary.error).toBe(0);
    }
  });

  it("keeps a value after a short gap as data", async () => {
    const file = await withStray("C500");
    const read = await readXlsx(new Uint8Array(readFileSync(file)));
    expect(read.notes).toEqual([]);
    expect(read.workbook.sheets[0].values).toHaveLength(500);
    expect(read.workbook.sheets[0].values[499][2]).toBe("x");
  });
});
