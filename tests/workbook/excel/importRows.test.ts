import type { RowBlock } from "../../../src/workbook/port";
import { importChunks } from "../../../src/workbook/excel/importRows";
import { MAX_CHUNK_ROWS } from "../../../src/workbook/excel/chunking";
import { getCell, setCell, setFormat, type FakeExcel } from "./fakeExcel";
import { aGridOf, anExcel } from "./portFixture";

const SHEET = "Hội chợ";

/** A fairs sheet with a header and two rows; D holds dates formatted by the user. */
function aFairsSheet(apiMinor = 11) {
  const { host, port } = anExcel(apiMinor);
  const sheet = host.addSheet(SHEET, [
    ["Mã hội chợ", "Tên hội chợ", "Tỉnh/thành phố", "Từ ngày"],
    ["HC01", "Hội chợ OCOP Sóc Trăng", "Sóc Trăng", 45170],
    ["HC02", "Hội chợ Hậu Giang", "Hậu Giang", 45200],
  ]);
  setFormat(sheet, 2, 4, "dd/mm/yyyy");
  setFormat(sheet, 3, 4, "dd/mm/yyyy");
  // The user's own fill and a Text-formatted cell where a new row lands.
  sheet.fills["4:2"] = "FFFFFF00";
  setFormat(sheet, 4, 1, "@");
  return { host, port, sheet };
}

const block = (over: Partial<RowBlock> = {}): RowBlock => ({
  sheet: SHEET,
  row: 4,
  column: "A",
  values: [
    ["HC03", "Hội chợ Hà Nội", "Hà Nội", 45260],
    ["HC04", "3/4", "Cần Thơ", 45270],
  ],
  formats: [undefined, undefined, undefined, "dd/mm/yyyy"],
  ...over,
});

/** What a user sees of the sheet: values, formulas, formats and fills (the fake keeps emptied rows as
 *  arrays of blanks, which a user cannot tell from no row). */
function seen(host: FakeExcel) {
  const sheet = host.sheet(SHEET);
  const cells: string[] = [];
  for (let r = 1; r <= 8; r++)
    for (let c = 1; c <= 6; c++)
      cells.push(`${getCell(sheet, r, c)}|${sheet.formats[r - 1]?.[c - 1] ?? "General"}`);
  return { cells, fills: sheet.fills, formulas: sheet.formulas, cfs: sheet.cfs };
}

const row = (host: FakeExcel, r: number) =>
  [1, 2, 3, 4].map((c) => getCell(host.sheet(SHEET), r, c));

describe("importRows (Excel door)", () => {
  it("appends rows under the sheet's rows and undo takes them back as one step", async () => {
    const { host, port } = aFairsSheet();
    const before = seen(host);
    await port.importRows!([block()]);
    expect(row(host, 4)).toEqual(["HC03", "Hội chợ Hà Nội", "Hà Nội", 45260]);
    // Text that Excel would read as a date stays text.
    expect(row(host, 5)).toEqual(["HC04", "3/4", "Cần Thơ", 45270]);
    const sheet = host.sheet(SHEET);
    // General cells of the date column take its format; the user's Text cell and fill stay.
    expect(sheet.formats[3][3]).toBe("dd/mm/yyyy");
    expect(sheet.formats[3][0]).toBe("@");
    expect(sheet.fills["4:2"]).toBe("FFFFFF00");
    // Sheets and protection; one check; one write.
    expect(host.syncCount).toBe(3);
    expect(await port.undoLastFix()).toBe(true);
    expect(seen(host)).toEqual(before);
    expect(await port.undoLastFix()).toBe(false);
  });

  it("refuses, writing nothing, when a cell to fill holds a value or a formula", async () => {
    const { host, port, sheet } = aFairsSheet();
    setCell(sheet, 5, 3, "ghi chú");
    const before = host.snapshot();
    await expect(port.importRows!([block()])).rejects.toMatchObject({
      code: "changed",
      details: { cells: ["Hội chợ!C5"] },
    });
    expect(host.snapshot()).toEqual(before);

    sheet.values[4][2] = undefined;
    sheet.formulas["4:2"] = '=IF(A1="","",1)';
    await expect(port.importRows!([block()])).rejects.toMatchObject({ code: "changed" });
    expect(getCell(sheet, 4, 1)).toBe("");
  });

  it("refuses a protected sheet before writing", async () => {
    const { host, port, sheet } = aFairsSheet();
    sheet.protected = true;
    const before = host.snapshot();
    await expect(port.importRows!([block()])).rejects.toMatchObject({
      code: "protected",
      details: { sheet: SHEET },
    });
    expect(host.snapshot()).toEqual(before);
  });

  it("writes 12,000 rows in chunks that each stay under Excel's payload limit", async () => {
    const { host, port } = anExcel();
    host.addSheet(SHEET, aGridOf(2, 10));
    const values = aGridOf(12_001, 10).slice(1);
    const blocks = [{ sheet: SHEET, row: 3, column: "A", values }];
    const chunks = importChunks(blocks);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(12_000 / MAX_CHUNK_ROWS));
    expect(chunks.reduce((n, c) => n + c.values.length, 0)).toBe(12_000);
    await port.importRows!(blocks);
    expect(host.syncCount).toBe(1 + 2 * chunks.length);
    for (const s of host.syncs) expect(s.request).toBeLessThan(4_000_000);
    expect(getCell(host.sheet(SHEET), 12_002, 10)).toBe(values[11_999][9]);
    expect(await port.undoLastFix()).toBe(true);
    expect(getCell(host.sheet(SHEET), 12_002, 10)).toBe("");
    expect(getCell(host.sheet(SHEET), 2, 1)).not.toBe("");
  });

  it("keeps the import when an imported cell was edited since (undo refused)", async () => {
    const { host, port } = aFairsSheet();
    await port.importRows!([block()]);
    await host.userEdit(SHEET, "B4", "Hội chợ Thủ đô");
    await expect(port.undoLastFix()).rejects.toMatchObject({ code: "changed" });
    expect(row(host, 5)[0]).toBe("HC04");
  });

  it("undoes a later fix first, then the import", async () => {
    const { host, port } = aFairsSheet();
    await port.importRows!([block()]);
    await port.applyFixes([
      { sheet: SHEET, row: 4, column: "C", oldValue: "Hà Nội", newValue: "thành phố Hà Nội" },
    ]);
    expect(await port.undoLastFix()).toBe(true);
    expect(row(host, 4)[2]).toBe("Hà Nội");
    expect(await port.undoLastFix()).toBe(true);
    expect(row(host, 4)).toEqual(["", "", "", ""]);
  });
});
