import type { Finding, Severity } from "../../../src/core/findings/finding";
import { columnLetter } from "../../../src/core/sheets/address";
import {
  MARK_COLORS,
  MARK_FORMULA,
  MARK_NAME,
  MAX_RULE_ADDRESS,
  planMarks,
} from "../../../src/workbook/excel/highlights";
import { PAYLOAD_LIMIT_BYTES } from "../../../src/workbook/excel/chunking";
import { MAX_WRITE_OPS_PER_REQUEST } from "../../../src/workbook/excel/requestBudget";
import { areaCells, FakeExcel, setFormat, type SheetState } from "./fakeExcel";
import { prng } from "../../builders/prng";
import { aGridOf, anExcel } from "./portFixture";

function aFinding(over: Partial<Finding> = {}): Finding {
  return {
    severity: "error",
    code: "products.stars.scoreMismatch",
    sheet: "Sản phẩm OCOP",
    row: 5,
    column: "J",
    value: 4,
    ...over,
  };
}

function ourMarks(sheet: SheetState) {
  return sheet.cfs.filter((cf) => cf.formula === MARK_FORMULA);
}

describe("planMarks", () => {
  it("marks each cell once, with its worst severity", () => {
    const plan = planMarks(
      [
        aFinding({ severity: "info" }),
        aFinding({ severity: "error" }),
        aFinding({ severity: "warning" }),
      ],
      100
    );
    expect(plan.marked).toBe(1);
    expect(plan.bySheet.get("Sản phẩm OCOP")).toEqual([
      { address: "J5", severity: "error", cells: 1 },
    ]);
  });

  it("joins neighbouring rows of one column with the same severity into one range", () => {
    const plan = planMarks(
      [6, 5, 7, 9]
        .map((row) => aFinding({ row }))
        .concat(aFinding({ row: 8, severity: "warning" })),
      100
    );
    expect(plan.bySheet.get("Sản phẩm OCOP")).toEqual([
      { address: "J5:J7", severity: "error", cells: 3 },
      { address: "J8", severity: "warning", cells: 1 },
      { address: "J9", severity: "error", cells: 1 },
    ]);
  });

  it("keeps errors first when there are more cells than the cap, and counts the rest", () => {
    const findings = [
      ...Array.from({ length: 30 }, (_, i) =>
        aFinding({ row: i + 2, column: "C", severity: "warning" })
      ),
      ...Array.from({ length: 10 }, (_, i) => aFinding({ row: i + 2, column: "D" })),
    ];
    const plan = planMarks(findings, 15);
    expect(plan.marked).toBe(15);
    expect(plan.skipped).toBe(25);
    const runs = plan.bySheet.get("Sản phẩm OCOP") ?? [];
    expect(runs.filter((r) => r.severity === "error").reduce((n, r) => n + r.cells, 0)).toBe(10);
  });

  it("skips findings that point at no cell (row 0, bad column)", () => {
    const plan = planMarks([aFinding({ row: 0 }), aFinding({ column: "?" }), aFinding()], 10);
    expect(plan).toMatchObject({ marked: 1, skipped: 2 });
  });
});

describe("highlight / clearHighlights", () => {
  it("marks cells with conditional formats on the add-in's name, never touching values or fills", async () => {
    const { host, port } = anExcel();
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    sheet.fills["5:10"] = "#00FF00";
    const before = JSON.stringify({
      values: sheet.values,
      fills: sheet.fills,
      formats: sheet.formats,
    });
    const result = await port.highlight([
      aFinding({ row: 5 }),
      aFinding({ row: 6, severity: "warning" }),
    ]);
    expect(result).toEqual({ marked: 2, skipped: 0 });
    expect(host.names[MARK_NAME]).toBe("=TRUE");
    expect(
      ourMarks(sheet)
        .map((cf) => [cf.address, cf.fill, cf.font])
        .sort()
    ).toEqual([
      ["J5", MARK_COLORS.error.fill, MARK_COLORS.error.font],
      ["J6", MARK_COLORS.warning.fill, MARK_COLORS.warning.font],
    ]);
    expect(
      JSON.stringify({ values: sheet.values, fills: sheet.fills, formats: sheet.formats })
    ).toBe(before);
  });

  it("clears marks made before the pane was reloaded, leaving the user's own conditional formats", async () => {
    const host = new FakeExcel(11);
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    sheet.cfs.push({
      id: "user-1",
      address: "A1:L10",
      type: "Custom",
      formula: "=$B1>3",
      fill: "#FFFF00",
    });
    sheet.cfs.push({ id: "user-2", address: "J5", type: "ColorScale" });
    const before = host.snapshot();
    const first = anExcelOn(host);
    await first.highlight([aFinding({ row: 5 }), aFinding({ row: 7 })]);
    expect(ourMarks(sheet).map((cf) => cf.address)).toEqual(["J5,J7"]);
    const reloaded = anExcelOn(host); // a new pane: nothing in memory
    await reloaded.clearHighlights();
    expect(host.snapshot()).toEqual(before);
  });

  it("replaces the previous marks rather than piling them up", async () => {
    const { host, port } = anExcel();
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    await port.highlight([aFinding({ row: 5 })]);
    await port.highlight([aFinding({ row: 8 })]);
    expect(ourMarks(sheet).map((cf) => cf.address)).toEqual(["J8"]);
  });

  it("uses three syncs whatever the number of findings", async () => {
    for (const count of [3, 1500]) {
      const { host, port } = anExcel();
      host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
      const findings = Array.from({ length: count }, (_, i) =>
        aFinding({ row: 2 + (i % 700), column: columnLetter(1 + Math.floor(i / 700) * 2) })
      );
      await port.highlight(findings);
      expect(host.syncCount).toBe(3);
      expect(Math.max(...host.syncs.map((x) => x.request))).toBeLessThanOrEqual(
        PAYLOAD_LIMIT_BYTES
      );
    }
  });

  it("before ExcelApi 1.9, splits thousands of per-range marks into requests under 4 MB, deleting old marks before adding new ones", async () => {
    const { host, port } = anExcel(8, { highlightCap: 2500 });
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    const before = host.snapshot();
    // Every other row, so no two cells share a conditional format: 2,500 marks of 4 operations.
    const scattered = (first: number) =>
      Array.from({ length: 2500 }, (_, i) => aFinding({ row: first + 2 * i }));
    const requests = (operations: number) => Math.ceil(operations / MAX_WRITE_OPS_PER_REQUEST);
    const steps: [() => Promise<unknown>, number, number][] = [
      // sheets; formats (none) and the name added; the marks
      [() => port.highlight(scattered(2)), 2 + requests(4 * 2500), 2500],
      // sheets; formats and the name; rule formulas; old marks deleted then new ones added
      [() => port.highlight(scattered(3)), 3 + requests(2500 + 4 * 2500), 2500],
      // sheets; formats and the name hidden; rule formulas; old marks deleted; the name deleted
      [() => port.clearHighlights(), 3 + requests(2500) + 1, 0],
    ];
    for (const [step, syncs, marks] of steps) {
      host.syncs = [];
      await step();
      expect(host.syncCount).toBe(syncs);
      expect(Math.max(...host.syncs.map((x) => x.request))).toBeLessThanOrEqual(
        PAYLOAD_LIMIT_BYTES
      );
      expect(ourMarks(sheet)).toHaveLength(marks);
    }
    expect(host.snapshot()).toEqual(before);
  });

  it("from ExcelApi 1.9, marks a sheet with one rule per severity over many areas, splitting only long addresses", async () => {
    const { host, port } = anExcel(11, { highlightCap: 2500 });
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    const few = [
      aFinding({ row: 3 }),
      aFinding({ row: 9 }),
      aFinding({ row: 5, severity: "info" }),
    ];
    expect(await port.highlight(few)).toEqual({ marked: 3, skipped: 0 });
    expect(
      ourMarks(sheet)
        .map((cf) => [cf.address, cf.fill])
        .sort()
    ).toEqual([
      ["J3,J9", MARK_COLORS.error.fill],
      ["J5", MARK_COLORS.info.fill],
    ]);
    const scattered = Array.from({ length: 2500 }, (_, i) => aFinding({ row: 2 + 2 * i }));
    host.syncs = [];
    expect(await port.highlight(scattered)).toEqual({ marked: 2500, skipped: 0 });
    expect(host.syncCount).toBe(4); // sheets; formats and name; rule formulas; one write request
    const rules = ourMarks(sheet);
    expect(rules.every((cf) => cf.address.length <= MAX_RULE_ADDRESS)).toBe(true);
    expect(rules.length).toBeLessThan(20);
    expect(rules.reduce((n, cf) => n + areaCells(cf.address), 0)).toBe(2500);
  });

  it("never deletes the user's own rule on a marked cell when marking again (office-js #5222, items by id)", async () => {
    const { host, port } = anExcel();
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    const userRule = {
      id: "{user-1}",
      address: "J5",
      type: "Custom",
      formula: "=$J5>3",
      fill: "#FFFF00",
    };
    sheet.cfs.push({ ...userRule });
    const before = host.snapshot();
    await port.highlight([aFinding({ row: 5 })]);
    await port.highlight([aFinding({ row: 5 }), aFinding({ row: 6, severity: "warning" })]);
    expect(sheet.cfs.filter((cf) => cf.formula !== MARK_FORMULA)).toEqual([userRule]);
    expect(
      ourMarks(sheet)
        .map((cf) => cf.address)
        .sort()
    ).toEqual(["J5", "J6"]);
    await port.clearHighlights();
    expect(host.snapshot()).toEqual(before);
  });

  it("reads no rule but custom ones, so a pair of cellValue rules Excel cannot read does not matter (office-js #6827)", async () => {
    const { host, port } = anExcel();
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    for (const id of ["{gt}", "{lt}"])
      sheet.cfs.push({ id, address: "J2:J10", type: "CellValue", unreadable: true });
    expect(await port.highlight([aFinding({ row: 5 })])).toEqual({ marked: 1, skipped: 0 });
    await port.clearHighlights();
    expect(sheet.cfs.map((cf) => cf.id)).toEqual(["{gt}", "{lt}"]);
  });

  it("marks the other sheets when one sheet's rules cannot be read, and names that sheet", async () => {
    const { host, port } = anExcel();
    const broken = host.addSheet("Hội chợ", aGridOf(5, 8));
    broken.cfs.push({
      id: "{odd}",
      address: "A1:H5",
      type: "Custom",
      formula: "=1",
      unreadable: true,
    });
    const fine = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    const result = await port.highlight([
      aFinding({ row: 5 }),
      aFinding({ sheet: "Hội chợ", row: 3, column: "D" }),
    ]);
    expect(result).toEqual({ marked: 1, skipped: 1, failedSheets: ["Hội chợ"] });
    expect(ourMarks(fine)).toHaveLength(1);
    expect(ourMarks(broken)).toEqual([]);
  });

  it("has a kill switch: a clear first sets _ocop_mark to =FALSE, hiding marks a protected sheet must keep", async () => {
    const { host, port } = anExcel();
    host.addSheet("Hội chợ", aGridOf(5, 8));
    const locked = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    await port.highlight([aFinding({ row: 5 }), aFinding({ sheet: "Hội chợ", row: 3 })]);
    expect(host.names[MARK_NAME]).toBe("=TRUE");
    locked.protected = true;
    await port.clearHighlights();
    expect(ourMarks(locked)).toHaveLength(1);
    expect(host.names[MARK_NAME]).toBe("=FALSE"); // every rule reads the name: nothing shows
    await port.highlight([aFinding({ sheet: "Hội chợ", row: 4 })]);
    expect(host.names[MARK_NAME]).toBe("=TRUE");
    locked.protected = false;
    await port.clearHighlights();
    expect(host.names[MARK_NAME]).toBeUndefined();
  });

  it("sets the kill switch by delete and add where NamedItem.formula cannot be written (ExcelApi 1.6)", async () => {
    const { host, port } = anExcel(6);
    host.addSheet("Hội chợ", aGridOf(5, 8));
    const locked = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    await port.highlight([aFinding({ row: 5 })]);
    locked.protected = true;
    await port.clearHighlights();
    expect(host.names[MARK_NAME]).toBe("=FALSE");
    expect(ourMarks(locked)).toHaveLength(1);
  });

  it("refuses a second highlight or clear while one runs (a double click), with the code busy", async () => {
    const { host, port } = anExcel();
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    await port.highlight([aFinding({ row: 3 })]);
    const first = port.highlight([aFinding({ row: 5 })]);
    const second = port.clearHighlights();
    await expect(second).rejects.toMatchObject({ code: "busy" });
    expect(await first).toEqual({ marked: 1, skipped: 0 });
    expect(ourMarks(sheet).map((cf) => cf.address)).toEqual(["J5"]);
    await port.clearHighlights();
    expect(ourMarks(sheet)).toEqual([]);
  });

  it("says how many cells were left unmarked beyond the cap", async () => {
    const { host, port } = anExcel(11, { highlightCap: 100 });
    host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    const findings = Array.from({ length: 250 }, (_, i) => aFinding({ row: i * 2 + 2 }));
    expect(await port.highlight(findings)).toEqual({ marked: 100, skipped: 150 });
  });

  it("leaves a protected sheet alone and names it, apart from the cap's count", async () => {
    const { host, port } = anExcel();
    const open = host.addSheet("Hội chợ", aGridOf(5, 8));
    const locked = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    locked.protected = true;
    const result = await port.highlight([
      aFinding({ row: 5 }),
      aFinding({ sheet: "Hội chợ", row: 3, column: "D" }),
    ]);
    expect(result).toEqual({
      marked: 1,
      skipped: 0,
      blocked: 1,
      protectedSheets: ["Sản phẩm OCOP"],
    });
    expect(locked.cfs).toEqual([]);
    expect(ourMarks(open)).toHaveLength(1);
  });

  it("says which protected sheets keep their marks after a clear", async () => {
    const { host, port } = anExcel();
    host.addSheet("Hội chợ", aGridOf(5, 8));
    const locked = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    await port.highlight([aFinding({ row: 5 }), aFinding({ sheet: "Hội chợ", row: 3 })]);
    locked.protected = true;
    const cleared = await port.clearHighlights();
    expect(cleared.protectedSheets).toEqual(["Sản phẩm OCOP"]);
    expect(ourMarks(locked)).toHaveLength(1);
    locked.protected = false;
    expect((await port.clearHighlights()).protectedSheets).toBeUndefined();
    expect(ourMarks(locked)).toEqual([]);
  });

  it("leaves the workbook unchanged when the user is typing in a cell", async () => {
    const { host, port } = anExcel(10);
    host.honoursDelayForCellEdit = false;
    host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    const before = host.snapshot();
    host.editMode = true;
    await expect(port.highlight([aFinding()])).rejects.toMatchObject({ code: "editMode" });
    expect(host.snapshot()).toEqual(before);
  });

  it("explains that highlights need ExcelApi 1.6 on an older Excel", async () => {
    const { host, port } = anExcel(5);
    host.addSheet("Sản phẩm OCOP", aGridOf(3, 3));
    expect(port.capabilities.highlight).toBe(false);
    expect(port.capabilities.missing.highlight).toBe("ExcelApi 1.6");
    await expect(port.highlight([aFinding()])).rejects.toMatchObject({
      code: "unsupported",
      details: { requirement: "ExcelApi 1.6" },
    });
  });

  it("property: for random sheets and findings, highlight then clear restores every value and format", async () => {
    const severities: Severity[] = ["error", "warning", "info"];
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = prng(seed);
      const int = (n: number): number => Math.floor(rnd() * n);
      const host = new FakeExcel(11);
      const names = ["Hội chợ", "Sản phẩm trưng bày", "Sản phẩm OCOP", "Ghi chú"].slice(
        0,
        1 + int(4)
      );
      for (const name of names) {
        const rows = 1 + int(40);
        const cols = 1 + int(12);
        const sheet = host.addSheet(
          name,
          aGridOf(rows, cols, (r, c) => (rnd() < 0.2 ? "" : rnd() < 0.5 ? r * c : `ô ${r}.${c}`))
        );
        for (let k = int(10); k > 0; k--) {
          setFormat(sheet, 1 + int(rows), 1 + int(cols), rnd() < 0.5 ? "dd/mm/yyyy" : "0.00");
          sheet.fills[`${1 + int(rows)}:${1 + int(cols)}`] = "#C6EFCE";
        }
        if (rnd() < 0.5)
          sheet.cfs.push({
            id: `user-${name}`,
            address: `A1:${columnLetter(cols)}${rows}`,
            type: "Custom",
            formula: "=A1>1",
            fill: "#FFFF00",
          });
        sheet.protected = rnd() < 0.15;
      }
      const before = host.snapshot();
      const findings: Finding[] = Array.from({ length: int(120) }, () =>
        aFinding({
          sheet: rnd() < 0.9 ? names[int(names.length)] : "Không có",
          row: rnd() < 0.95 ? 1 + int(45) : 0,
          column: columnLetter(1 + int(14)),
          severity: severities[int(3)],
        })
      );
      const port = anExcelOn(host, 1 + int(80));
      const result = await port.highlight(findings);
      const cells = new Set(
        findings.filter((f) => f.row > 0).map((f) => `${f.sheet}|${f.column}${f.row}`)
      ).size;
      expect(result.marked + result.skipped + (result.blocked ?? 0)).toBe(
        cells + findings.filter((f) => f.row === 0).length
      );
      const markedCells = host.sheets
        .flatMap(ourMarks)
        .reduce((n, cf) => n + areaCells(cf.address), 0);
      expect(markedCells).toBe(result.marked);
      await anExcelOn(host).clearHighlights();
      expect(host.snapshot()).toEqual(before);
    }
  });
});

describe("the user's own conditional formats", () => {
  it("property: random user rules on the very cells marked are never deleted, changed or reordered", async () => {
    const types = ["Custom", "CellValue", "ColorScale", "DataBar", "ContainsText"];
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = prng(1000 + seed);
      const int = (n: number): number => Math.floor(rnd() * n);
      const host = new FakeExcel(rnd() < 0.5 ? 8 : 11);
      const names = ["Hội chợ", "Sản phẩm OCOP"];
      for (const name of names) {
        const sheet = host.addSheet(name, aGridOf(30, 10));
        for (let k = 1 + int(6); k > 0; k--) {
          const col = columnLetter(1 + int(10));
          const top = 2 + int(25);
          const type = types[int(types.length)];
          sheet.cfs.push({
            id: `{user-${name}-${k}}`,
            address: rnd() < 0.5 ? `${col}${top}` : `${col}${top}:${col}${top + int(5)},A1`,
            type,
            formula: type === "Custom" ? `=$A${top}>${k}` : undefined,
            fill: "#FFFF00",
            unreadable: type === "CellValue" && rnd() < 0.5 ? true : undefined,
          });
        }
      }
      const userRules = () =>
        host.sheets.map((s) => s.cfs.filter((cf) => cf.formula !== MARK_FORMULA));
      const before = host.snapshot();
      const rules = userRules();
      // Findings on the cells the user's rules cover, and around them.
      const findings = (): Finding[] =>
        Array.from({ length: 1 + int(60) }, () =>
          aFinding({
            sheet: names[int(2)],
            row: 2 + int(30),
            column: columnLetter(1 + int(10)),
            severity: (["error", "warning", "info"] as const)[int(3)],
          })
        );
      const port = anExcel(11, { run: host.run, apiSupport: host.supports }).port;
      await port.highlight(findings());
      expect(userRules()).toEqual(rules);
      await port.highlight(findings());
      expect(userRules()).toEqual(rules);
      await port.clearHighlights();
      expect(host.snapshot()).toEqual(before);
    }
  });
});

function anExcelOn(host: FakeExcel, highlightCap?: number) {
  return anExcel(11, { run: host.run, apiSupport: host.supports, highlightCap }).port;
}
