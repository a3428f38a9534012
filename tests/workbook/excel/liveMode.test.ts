import { checkWorkbook } from "../../../src/core/check";
import { defaultSettings } from "../../../src/core/settings";
import { changedRows } from "../../../src/workbook/excel/liveMode";
import { IncrementalChecker } from "../../../src/core/incremental/incrementalChecker";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { aFair, aGrid, anExhibit, aProduct } from "../../builders";
import { aGridOf, anExcel } from "./portFixture";
import { FakeExcel } from "./fakeExcel";
import { nationalReferenceOnce } from "../../builders/reference";
import { excelHolding } from "./excelHolding";

const ref = nationalReferenceOnce();

const quiet = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same host read whole by a fresh door: what an incremental read must equal. */
async function fullRead(host: FakeExcel) {
  return anExcel(11, { run: host.run, apiSupport: host.supports }).port.readSheets();
}

describe("live mode", () => {
  it("tells the rows of a changed address", () => {
    expect(changedRows("B7")).toEqual([7, 7]);
    expect(changedRows("$B$2:$D$9")).toEqual([2, 9]);
    expect(changedRows("3:5")).toEqual([3, 5]);
    expect(changedRows("B:B")).toBeUndefined();
  });

  it("calls nobody for the add-in's own writes or a co-author's edit, with or without triggerSource", async () => {
    for (const minor of [11, 14]) {
      const { host, port } = anExcel(minor, { debounceMs: 20 });
      host.addSheet("Hội chợ", [["Tên hội chợ"], ["Hội chợ  OCOP"], ["Hội chợ Xuân"]]);
      const calls: string[][] = [];
      const stop = await port.onSheetsChanged((sheets) => calls.push(sheets));
      await port.applyFixes([
        {
          sheet: "Hội chợ",
          row: 2,
          column: "A",
          oldValue: "Hội chợ  OCOP",
          newValue: "Hội chợ OCOP",
        },
      ]);
      await port.undoLastFix();
      await host.userEdit("Hội chợ", "A3", "Hội chợ Hè", { remote: true });
      await quiet();
      expect(calls).toEqual([]);
      await host.userEdit("Hội chợ", "A3", "Hội chợ Thu");
      await quiet();
      expect(calls).toEqual([["Hội chợ"]]);
      await stop();
    }
  });

  it("re-reads only the edited rows: a one-cell edit at 50,000 rows costs at most 2 syncs and checks the same as a full read", async () => {
    const { host, port } = anExcel(11, { debounceMs: 10 });
    host.addSheet("Sản phẩm OCOP", aGridOf(50_000, 4));
    host.addSheet("Hội chợ", aGridOf(20, 6));
    let heard = 0;
    const stop = await port.onSheetsChanged(() => heard++);
    await port.readSheets();
    host.syncs = [];
    await host.userEdit("Sản phẩm OCOP", "C41234", "đã sửa");
    await host.userEdit("Hội chợ", "B25", "dòng mới", { remote: true }); // below the old used range
    await quiet(40);
    expect(heard).toBe(1);
    const book = await port.readSheets();
    expect(host.syncCount).toBeLessThanOrEqual(2);
    const whole = await fullRead(host);
    expect(book).toEqual(whole);
    const options = { today: "2024-06-30", reference: ref.current };
    expect(checkWorkbook(book, defaultSettings(), options).findings).toEqual(
      checkWorkbook(whole, defaultSettings(), options).findings
    );
    await stop();
  }, 60_000);

  it("reads whole again when rows were inserted (positions moved)", async () => {
    const { host, port } = anExcel(11, { debounceMs: 10 });
    const sheet = host.addSheet("Hội chợ", aGridOf(30, 4));
    const stop = await port.onSheetsChanged(() => undefined);
    await port.readSheets();
    sheet.values.splice(4, 0, ["chèn", "một", "dòng", "mới"]);
    await host.fire(sheet, "5:5", "Local", "Unknown", "RowInserted");
    await quiet(30);
    expect(await port.readSheets()).toEqual(await fullRead(host));
    await stop();
  });
});

describe("live mode with the incremental check", () => {
  it("re-checks user edits row by row, each equal to a whole read checked whole", async () => {
    const products = Array.from({ length: 150 }, (_, i) =>
      aProduct({ seq: i + 1, product: `Sản phẩm ${i}`, producer: `Cơ sở ${i}` })
    );
    const exhibits = Array.from({ length: 1000 }, (_, i) =>
      anExhibit({
        fairCode: `HC0${i % 3}`,
        product: `Sản phẩm ${i % 150}`,
        producer: `Cơ sở ${i % 150}`,
      })
    );
    const raw: RawWorkbook = {
      sheets: [
        aGrid(
          "fairs",
          ["HC00", "HC01", "HC02"].map((fairCode) => aFair({ fairCode }))
        ),
        aGrid("exhibits", exhibits),
        aGrid("products", products),
      ],
    };
    const host = excelHolding(raw);
    const { port } = anExcel(11, { run: host.run, apiSupport: host.supports, debounceMs: 10 });
    const stop = await port.onSheetsChanged(() => undefined);
    const options = { today: "2024-06-30", reference: ref.current };
    const settings = defaultSettings();
    const checker = new IncrementalChecker();
    checker.check(await port.readSheets(), settings, options);
    const [fairs, shown, ranked] = raw.sheets.map((s) => s.name);
    const edits: [string, string, string | number, "rows" | "full"][] = [
      [shown, "B600", "Sản phẩm 7", "rows"], // a duplicate at its fair
      [shown, "B600", "Sản phẩm không có", "rows"], // not ranked
      [ranked, "C100", "Sản phẩm 5", "rows"], // a ranked duplicate
      [shown, "F40", 2, "rows"],
      [shown, "A999", "", "rows"],
      [shown, "B1002", "Sản phẩm 1", "rows"], // a row added under the table
      [fairs, "A2", "HC09", "full"], // a fair code renamed
      [shown, "A1", "Mã", "full"], // the header
    ];
    for (const [sheet, cell, value, mode] of edits) {
      await host.userEdit(sheet, cell, value);
      await quiet(40);
      host.syncs = [];
      const book = await port.readSheets();
      expect(host.syncCount).toBeLessThanOrEqual(1);
      const result = checker.check(book, settings, options);
      expect(checker.last.mode).toBe(mode);
      expect(result).toEqual(checkWorkbook(await fullRead(host), settings, options));
    }
    await stop();
  }, 60_000);
});
