import type { Finding, Severity } from "../../../src/core/rules/finding";
import { columnLetter } from "../../../src/core/sheets/address";
import {
  MARK_COLORS,
  MARK_FORMULA,
  MARK_NAME,
  planMarks,
} from "../../../src/workbook/excel/highlights";
import { PAYLOAD_LIMIT_BYTES } from "../../../src/workbook/excel/chunking";
import { MAX_WRITE_OPS_PER_REQUEST } from "../../../src/workbook/excel/requestBudget";
import { FakeExcel, parseBox, setFormat, type SheetState } from "./fakeExcel";
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
    expect(ourMarks(sheet).map((cf) => [cf.address, cf.fill, cf.font])).toEqual([
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
    expect(ourMarks(sheet)).toHaveLength(2);
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

  it("splits thousands of marks into requests under 4 MB, syncing 2 + max(1, ceil(operations / 8000)) times", async () => {
    const { host, port } = anExcel(11, { highlightCap: 2500 });
    const sheet = host.addSheet("Sản phẩm OCOP", aGridOf(10, 12));
    const before = host.snapshot();
    // Every other row, so no two cells share a conditional format: 2,500 marks of 4 operations.
    const scattered = (first: number) =>
      Array.from({ length: 2500 }, (_, i) => aFinding({ row: first + 2 * i }));
    const syncsFor = (operations: number) =>
      2 + Math.max(1, Math.ceil(operations / MAX_WRITE_OPS_PER_REQUEST));
    const steps: [() => Promise<unknown>, number, number][] = [
      [() => port.highlight(scattered(2)), 4 * 2500, 2500], // the name is added in sync 2
      [() => port.highlight(scattered(3)), 4 * 2500 + 2500, 2500], // new marks, old ones deleted
      [() => port.clearHighlights(), 2500 + 1, 0], // old marks and the name deleted
    ];
    for (const [step, operations, marks] of steps) {
      host.syncs = [];
      await step();
      expect(host.syncCount).toBe(syncsFor(operations));
      expect(Math.max(...host.syncs.map((x) => x.request))).toBeLessThanOrEqual(
        PAYLOAD_LIMIT_BYTES
      );
      expect(ourMarks(sheet)).toHaveLength(marks);
    }
    expect(host.snapshot()).toEqual(before);
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
        .map((cf) => parseBox(cf.address))
        .reduce((n, b) => n + (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1), 0);
      expect(markedCells).toBe(result.marked);
      await anExcelOn(host).clearHighlights();
      expect(host.snapshot()).toEqual(before);
    }
  });
});

function anExcelOn(host: FakeExcel, highlightCap?: number) {
  return anExcel(11, { run: host.run, apiSupport: host.supports, highlightCap }).port;
}
