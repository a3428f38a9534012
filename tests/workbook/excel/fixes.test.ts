import type { CellFix } from "../../../src/workbook/port";
import { columnIndex, columnLetter } from "../../../src/core/sheets/address";
import { literal } from "../../../src/workbook/excel/fixes";
import { MAX_CELLS_PER_REQUEST } from "../../../src/workbook/excel/requestBudget";
import { PAYLOAD_LIMIT_BYTES } from "../../../src/workbook/excel/chunking";
import { FakeExcel, getCell, setCell, setFormat } from "./fakeExcel";
import { prng } from "../../builders/prng";
import { aGridOf, anExcel } from "./portFixture";

const SHEET = "Sản phẩm trưng bày";

function aFix(over: Partial<CellFix> = {}): CellFix {
  return {
    sheet: SHEET,
    row: 3,
    column: "D",
    oldValue: "H. Chợ Mới",
    newValue: "Chợ Mới",
    ...over,
  };
}

function aWorkbook(apiMinor = 11) {
  const { host, port } = anExcel(apiMinor);
  const sheet = host.addSheet(SHEET, [
    ["Mã hội chợ", "Tên sản phẩm", "Chủ thể", "Huyện/thị xã/thành phố"],
    ["HC01", "Khô cá lóc ", "Cơ sở Hai Lúa", "TX. Tịnh Biên"],
    ["HC01", "Đường thốt nốt", "HTX Tri Tôn", "H. Chợ Mới"],
  ]);
  return { host, port, sheet };
}

const cell = (host: FakeExcel, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return getCell(host.sheet(SHEET), Number(m[2]), columnIndex(m[1]));
};

const cellAt = (host: FakeExcel, f: CellFix) =>
  getCell(host.sheet(f.sheet), f.row, columnIndex(f.column));

/** A fix for every data cell of a `rows` × 2 sheet (row 1 is the header). */
function bigBatch(host: FakeExcel, rows: number): CellFix[] {
  const fixes: CellFix[] = [];
  for (let row = 2; row <= rows; row++)
    for (const column of ["A", "B"]) {
      const oldValue = getCell(host.sheet(SHEET), row, columnIndex(column));
      fixes.push({ sheet: SHEET, row, column, oldValue, newValue: `${String(oldValue).trim()}` });
    }
  return fixes;
}

describe("applyFixes / undoLastFix", () => {
  it("writes only the accepted cells, and undo puts the old values back", async () => {
    const { host, port } = aWorkbook();
    const before = host.snapshot();
    await port.applyFixes([
      aFix(),
      aFix({ row: 2, column: "B", oldValue: "Khô cá lóc ", newValue: "Khô cá lóc" }),
    ]);
    expect(host.syncCount).toBe(3); // sheets and protection; the cells; the one write
    expect(cell(host, "D3")).toBe("Chợ Mới");
    expect(cell(host, "B2")).toBe("Khô cá lóc");
    expect(cell(host, "D2")).toBe("TX. Tịnh Biên");
    expect(await port.undoLastFix()).toBe(true);
    expect(host.snapshot()).toEqual(before);
    expect(await port.undoLastFix()).toBe(false);
  });

  it("refuses the whole batch when a cell no longer holds the value the user saw", async () => {
    const { host, port } = aWorkbook();
    const before = host.snapshot();
    const err = port.applyFixes([
      aFix({ row: 2, column: "B", oldValue: "Khô cá lóc ", newValue: "Khô cá lóc" }),
      aFix({ oldValue: "Chợ Mới cũ" }),
    ]);
    await expect(err).rejects.toMatchObject({
      code: "changed",
      details: { cells: ["'Sản phẩm trưng bày'!D3"] },
    });
    expect(host.snapshot()).toEqual(before);
  });

  it("refuses to write over a formula", async () => {
    const { host, port, sheet } = aWorkbook();
    sheet.formulas["3:4"] = '="H. Chợ Mới"';
    const before = host.snapshot();
    await expect(port.applyFixes([aFix()])).rejects.toMatchObject({ code: "formula" });
    expect(host.snapshot()).toEqual(before);
  });

  it("leaves the workbook unchanged when one sheet of the batch is protected", async () => {
    const { host, port, sheet } = aWorkbook();
    // Written first, so without the check up front it would be changed before the refusal.
    host.addSheet("Hội chợ", [["Tên hội chợ"], ["Hội chợ  OCOP"]]);
    sheet.protected = true;
    const before = host.snapshot();
    const fixes = [
      aFix({
        sheet: "Hội chợ",
        row: 2,
        column: "A",
        oldValue: "Hội chợ  OCOP",
        newValue: "Hội chợ OCOP",
      }),
      aFix(),
    ];
    await expect(port.applyFixes(fixes)).rejects.toMatchObject({
      code: "protected",
      details: { sheet: SHEET },
    });
    expect(host.snapshot()).toEqual(before);
  });

  it("fixes unlocked cells of a protected sheet, and refuses locked ones naming them", async () => {
    const { host, port, sheet } = aWorkbook();
    sheet.protected = true;
    sheet.unlocked = ["3:4", "2:2"]; // D3 and B2: the columns a template leaves open for typing
    await port.applyFixes([aFix()]);
    expect(cell(host, "D3")).toBe("Chợ Mới");
    expect(await port.undoLastFix()).toBe(true);
    expect(cell(host, "D3")).toBe("H. Chợ Mới");

    const before = host.snapshot();
    const fixes = [
      aFix(),
      aFix({ row: 2, column: "B", oldValue: "Khô cá lóc ", newValue: "Khô cá lóc" }),
      aFix({ row: 2, column: "D", oldValue: "TX. Tịnh Biên", newValue: "Tịnh Biên" }),
    ];
    await expect(port.applyFixes(fixes)).rejects.toMatchObject({
      code: "protected",
      details: { sheet: SHEET, cells: [`'${SHEET}'!D2`] },
    });
    expect(host.snapshot()).toEqual(before);
  });

  it("leaves the workbook unchanged when the user is typing in a cell (Excel without delayForCellEdit)", async () => {
    const { host, port } = aWorkbook(10);
    host.honoursDelayForCellEdit = false;
    host.editMode = true;
    const before = host.snapshot();
    await expect(port.applyFixes([aFix()])).rejects.toMatchObject({ code: "editMode" });
    expect(host.snapshot()).toEqual(before);
  });

  it("waits out cell edit mode where the Excel build can, whatever its ExcelApi set", async () => {
    for (const minor of [7, 11]) {
      const { host, port } = aWorkbook(minor);
      host.editMode = true;
      let done = false;
      const fixing = port.applyFixes([aFix()]).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(done).toBe(false); // held while the user types
      host.editMode = false;
      await fixing;
      expect(cell(host, "D3")).toBe("Chợ Mới");
    }
  });

  it("says the sheet is gone when it was deleted before the fix", async () => {
    const { host, port } = aWorkbook();
    host.sheets = [];
    await expect(port.applyFixes([aFix()])).rejects.toMatchObject({
      code: "sheetGone",
      details: { sheet: SHEET },
    });
  });

  it("keeps text that Excel would read as a date, number, boolean or formula as text", async () => {
    const { host, port } = aWorkbook();
    const texts = ["3/4", "=1+1", "12-Mar", "Jan 2024", "Mar 5", "TRUE ", "001"];
    const rows = texts.map((_, i) => 10 + i);
    rows.forEach((row, i) => setCell(host.sheet(SHEET), row, 4, `cũ ${i}`));
    const before = host.snapshot();
    await port.applyFixes(
      texts.map((newValue, i) => aFix({ row: rows[i], oldValue: `cũ ${i}`, newValue }))
    );
    expect(rows.map((row) => cell(host, `D${row}`))).toEqual(texts);
    expect(await port.undoLastFix()).toBe(true);
    expect(host.snapshot()).toEqual(before);
  });

  it("writes text as it is into a cell formatted as Text, and numbers as numbers", async () => {
    const { host, port, sheet } = aWorkbook();
    setFormat(sheet, 3, 4, "@");
    await port.applyFixes([
      aFix({ newValue: "12-Mar" }),
      aFix({ row: 2, column: "A", oldValue: "HC01", newValue: 4 }),
    ]);
    expect(cell(host, "D3")).toBe("12-Mar");
    expect(cell(host, "A2")).toBe(4);
    expect(literal("Chợ Mới", "General")).toBe("'Chợ Mới");
    expect(literal("001", "@")).toBe("001");
    expect(literal(4, "General")).toBe(4);
  });

  it("writes a big batch in requests under 4 MB, checking every cell before the first write, and undoes all of it", async () => {
    const { host, port } = anExcel();
    const rows = 6000;
    host.addSheet(
      SHEET,
      aGridOf(rows, 2, (r, c) => `Cơ sở ${r}.${c} `)
    );
    const before = host.snapshot();
    const fixes = bigBatch(host, rows);
    await port.applyFixes(fixes);
    const requests = Math.ceil(fixes.length / MAX_CELLS_PER_REQUEST);
    expect(host.syncCount).toBe(1 + 2 * requests); // sheets; the checks; the writes
    expect(Math.max(...host.syncs.map((s) => s.request))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(fixes.every((f) => cellAt(host, f) === f.newValue)).toBe(true);
    await port.undoLastFix();
    expect(host.snapshot()).toEqual(before);
  });

  it("writes nothing when a cell of the last request changed", async () => {
    const { host, port } = anExcel();
    host.addSheet(
      SHEET,
      aGridOf(3000, 2, (r, c) => `Cơ sở ${r}.${c} `)
    );
    const fixes = bigBatch(host, 3000);
    await host.userEdit(SHEET, "B3000", "đã sửa tay");
    const before = host.snapshot();
    await expect(port.applyFixes(fixes)).rejects.toMatchObject({
      code: "changed",
      details: { cells: [`'${SHEET}'!B3000`] },
    });
    expect(host.snapshot()).toEqual(before);
  });

  it("puts back the requests already written when a later one fails", async () => {
    const { host, port } = anExcel();
    host.addSheet(
      SHEET,
      aGridOf(2500, 2, (r, c) => (c === 0 ? r : `Cơ sở ${r}.${c} `))
    );
    const before = host.snapshot();
    const fixes = bigBatch(host, 2500);
    const checks = Math.ceil(fixes.length / MAX_CELLS_PER_REQUEST);
    // The second write request fails after Excel applied part of it.
    host.failAt = { sync: 1 + checks + 2, afterOps: 700 };
    await expect(port.applyFixes(fixes)).rejects.toMatchObject({ code: "failed" });
    expect(host.snapshot()).toEqual(before);
    expect(await port.undoLastFix()).toBe(false);
  });
  it("refuses to undo when a fixed cell was edited since", async () => {
    const { host, port } = aWorkbook();
    await port.applyFixes([aFix()]);
    await host.userEdit(SHEET, "D3", "Chợ Mới (đã sửa)");
    await expect(port.undoLastFix()).rejects.toMatchObject({ code: "changed" });
    expect(cell(host, "D3")).toBe("Chợ Mới (đã sửa)");
  });

  it("property: a fix batch changes exactly the accepted cells and undo restores them", async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = prng(seed);
      const int = (n: number): number => Math.floor(rnd() * n);
      const { host, port } = anExcel();
      const rows = 2 + int(30);
      const cols = 1 + int(10);
      host.addSheet(
        SHEET,
        aGridOf(rows, cols, (r, c) => (rnd() < 0.2 ? "" : rnd() < 0.3 ? r + c : ` tên ${r}.${c} `))
      );
      const before = host.snapshot();
      const picked = new Map<string, CellFix>();
      for (let k = 1 + int(15); k > 0; k--) {
        const row = 1 + int(rows);
        const column = columnLetter(1 + int(cols));
        const oldValue = getCell(host.sheet(SHEET), row, columnIndex(column));
        picked.set(`${column}${row}`, {
          sheet: SHEET,
          row,
          column,
          oldValue,
          newValue: rnd() < 0.3 ? int(100) : `sửa ${seed}.${k}`,
        });
      }
      const fixes = [...picked.values()];
      await port.applyFixes(fixes);
      const sheet = host.sheet(SHEET);
      for (let r = 1; r <= rows; r++)
        for (let c = 1; c <= cols; c++) {
          const fix = picked.get(`${columnLetter(c)}${r}`);
          const original =
            (before as { sheets: { values: unknown[][] }[] }).sheets[0].values[r - 1]?.[c - 1] ??
            "";
          expect(getCell(sheet, r, c)).toEqual(fix ? fix.newValue : original);
        }
      await port.undoLastFix();
      expect(host.snapshot()).toEqual(before);
    }
  });
});
