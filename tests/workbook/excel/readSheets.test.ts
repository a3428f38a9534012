import { PortError } from "../../../src/workbook/port";
import {
  FIRST_GUESS_BYTES_PER_CELL,
  BUDGET_BYTES,
  MAX_CHUNK_ROWS,
  PAYLOAD_LIMIT_BYTES,
} from "../../../src/workbook/excel/chunking";
import { setCell, setFormat } from "./fakeExcel";
import { aGridOf, anExcel } from "./portFixture";

describe("readSheets", () => {
  it("reads each sheet's used range with its origin, values and number formats", async () => {
    const { host, port } = anExcel();
    const fairs = host.addSheet(
      "Hội chợ",
      [
        ["Mã hội chợ", "Từ ngày"],
        ["HC01", 45292],
      ],
      "B3"
    );
    setFormat(fairs, 4, 3, "dd/mm/yyyy");
    host.addSheet("Trống");
    const book = await port.readSheets();
    expect(book.sheets.map((s) => s.name)).toEqual(["Hội chợ", "Trống"]);
    expect(book.sheets[0]).toEqual({
      name: "Hội chợ",
      origin: "B3",
      values: [
        ["Mã hội chợ", "Từ ngày"],
        ["HC01", 45292],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "dd/mm/yyyy"],
      ],
    });
    expect(book.sheets[1].values).toEqual([]);
  });

  it("reads only as far right as the header when one stray value sits at column XFD", async () => {
    const { host, port } = anExcel();
    const sheet = host.addSheet("Hội chợ", aGridOf(40, 8));
    setCell(sheet, 35, 16384, "lạc chỗ");
    const book = await port.readSheets();
    expect(book.sheets[0].values).toHaveLength(40);
    expect(book.sheets[0].values.every((row) => row.length === 8)).toBe(true);
    expect(host.syncCount).toBeLessThanOrEqual(5);
    expect(Math.max(...host.syncs.map((x) => x.response))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it("stops at trailing empty chunks when formulas showing nothing run to row 1,048,576", async () => {
    const { host, port } = anExcel();
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(300, 8));
    sheet.emptyFormulas = { r0: 2, c0: 8, r1: 1_048_576, c1: 8 };
    const book = await port.readSheets();
    expect(book.sheets[0].values).toHaveLength(300);
    expect(host.syncCount).toBeLessThanOrEqual(6);
  });

  it("halves a chunk whose values Excel gives as null (past its cell limit for one get)", async () => {
    const { host, port } = anExcel();
    host.addSheet("S", aGridOf(3000, 6));
    host.maxReadCells = 4000;
    const book = await port.readSheets();
    expect(book.sheets[0].values).toEqual(aGridOf(3000, 6));
  });

  it("stops between syncs when the read is cancelled, saying so", async () => {
    const { host, port } = anExcel();
    host.addSheet("S", aGridOf(20000, 6));
    const stop = new AbortController();
    const reading = port.readSheets((done) => {
      if (done > 0) stop.abort();
    }, stop.signal);
    await expect(reading).rejects.toMatchObject({ code: "cancelled" });
    expect(host.syncCount).toBe(3);
  });

  it("tells the 1904 date system from the 1900 one", async () => {
    const a = anExcel();
    a.host.addSheet("S", [["x"]]);
    expect((await a.port.readSheets()).date1904).toBe(false);
    const b = anExcel();
    b.host.date1904 = true;
    b.host.addSheet("S", [["x"]]);
    expect((await b.port.readSheets()).date1904).toBe(true);
  });

  it("still reads on ExcelApi 1.1 (no null objects, no values-only used range, no 1904 probe)", async () => {
    const { host, port } = anExcel(1);
    host.addSheet("S", aGridOf(30, 4));
    const book = await port.readSheets();
    expect(book.sheets[0].values).toHaveLength(30);
    expect(book.date1904).toBeUndefined();
  });

  it("reads 3 sheets × 20k rows in 2 syncs plus one per chunk, none over 4 MB", async () => {
    const { host, port } = anExcel();
    const columns = 15;
    for (const name of ["Hội chợ", "Sản phẩm trưng bày", "Sản phẩm OCOP"])
      host.addSheet(name, aGridOf(20_000, columns));
    const progress: number[] = [];
    const book = await port.readSheets((done, total) => {
      expect(total).toBe(60_000);
      progress.push(done);
    });
    // chunking.ts: the first chunk assumes 1 KB per cell, later ones the widest row read.
    const first = Math.floor(BUDGET_BYTES / (columns * FIRST_GUESS_BYTES_PER_CELL));
    const chunksPerSheet = 1 + Math.ceil((20_000 - first) / MAX_CHUNK_ROWS);
    expect(host.syncCount).toBe(2 + 3 * chunksPerSheet);
    expect(Math.max(...host.syncs.map((s) => s.response))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(progress[progress.length - 1]).toBe(60_000);
    expect(book.sheets.map((s) => s.values.length)).toEqual([20_000, 20_000, 20_000]);
    expect(book.sheets[2].values[19_999][1]).toBe("Sản phẩm 19999-1");
  });

  it("keeps every request under 4 MB when cells hold long Vietnamese text", async () => {
    const { host, port } = anExcel();
    const note = "Đặc sản Thất Sơn, đường thốt nốt Tri Tôn ".repeat(8);
    host.addSheet(
      "Ghi chú",
      aGridOf(3000, 20, (r, c) => `${note}${r}:${c}`)
    );
    const book = await port.readSheets();
    expect(Math.max(...host.syncs.map((s) => s.response))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(book.sheets[0].values[2999][19]).toBe(`${note}2999:19`);
  });

  it("halves a chunk that Excel rejects as too large and reads on", async () => {
    const { host, port } = anExcel();
    host.payloadLimit = 150_000;
    host.addSheet("S", aGridOf(4000, 10));
    const book = await port.readSheets();
    expect(book.sheets[0].values).toHaveLength(4000);
    expect(book.sheets[0].values[3999][1]).toBe("Sản phẩm 3999-1");
  });

  it("says which sheet disappeared during the read", async () => {
    const { host, port } = anExcel();
    host.addSheet("A", aGridOf(10, 3));
    host.addSheet("B", aGridOf(10, 3));
    host.beforeSync = (n) => {
      if (n === 3) host.sheets = host.sheets.filter((s) => s.name !== "A");
    };
    const err = await port.readSheets().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect(err).toMatchObject({ code: "sheetGone", details: { sheet: "A" } });
  });

  it("fails with editMode while the user types in a cell where the build cannot wait, and waits where it can", async () => {
    const old = anExcel(10);
    old.host.honoursDelayForCellEdit = false;
    old.host.addSheet("S", [["x"]]);
    old.host.editMode = true;
    await expect(old.port.readSheets()).rejects.toMatchObject({ code: "editMode" });
    // ExcelApi 1.10 with a build that knows delayForCellEdit (the option has no requirement set).
    const recent = anExcel(10);
    recent.host.addSheet("S", [["x"]]);
    recent.host.editMode = true;
    const reading = recent.port.readSheets();
    setTimeout(() => (recent.host.editMode = false), 10);
    expect((await reading).sheets[0].values).toEqual([["x"]]);
  });
});
