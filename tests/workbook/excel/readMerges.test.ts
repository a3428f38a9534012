import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings/finding";
import { defaultSettings } from "../../../src/core/settings";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { createExcelPort } from "../../../src/workbook/excel/excelPort";
import { areasOf, MERGE_SLICE_CELLS } from "../../../src/workbook/excel/readMerges";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { nationalReferenceOnce } from "../../builders";
import { CLEAN_HISTORY, HISTORY_COLUMNS, historyXlsx } from "../../builders/historyXlsx";
import { excelHolding } from "./excelHolding";
import { type FakeExcel, MAX_MERGED_AREAS, mergeCells, parseBox } from "./fakeExcel";

/**
 * The Excel door reads merged areas (ExcelApi 1.13), so the history layout's producer blocks are
 * exact in Excel as they are in a file: a producer cell left blank outside any merged block is a
 * blank, not a continuation.
 */
const national = nationalReferenceOnce();
const settings = { ...defaultSettings(), reportYear: 2026 };
const check = (raw: RawWorkbook) =>
  checkWorkbook(raw, settings, { today: "2026-11-30", reference: national.current });
const at = (f: Finding) => `${f.sheet}!${f.column}${f.row} ${f.code}`;

/** The history list as the file door reads it, and a fake Excel holding it with its merges. */
async function historyInExcel(apiMinor: number, keep: (area: string) => boolean = () => true) {
  const file = (await readXlsx(await historyXlsx(CLEAN_HISTORY))).workbook;
  const host = excelHolding(file, apiMinor);
  for (const sheet of file.sheets)
    for (const area of sheet.merges ?? []) if (keep(area)) mergeCells(host.sheet(sheet.name), area);
  return { file, host };
}

function portOver(host: FakeExcel) {
  return createExcelPort({ run: host.run, apiSupport: host.supports, today: () => "2026-11-30" });
}

const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

describe("merged areas in the Excel door", () => {
  it("reads the same merged areas as the file and finds the same things (ExcelApi 1.13)", async () => {
    const { file, host } = await historyInExcel(13);
    const book = await portOver(host).readSheets();
    const loc = book.sheets.find((s) => s.name === "Loc")!;
    expect(sorted(loc.merges)).toEqual(sorted(file.sheets.find((s) => s.name === "Loc")!.merges));
    expect(loc.merges!.length).toBeGreaterThan(5);
    expect(check(book).findings.map(at)).toEqual(check(file).findings.map(at));
  });

  it("costs one more sync than a read without them", async () => {
    const with13 = (await historyInExcel(13)).host;
    const with11 = (await historyInExcel(11)).host;
    await portOver(with13).readSheets();
    await portOver(with11).readSheets();
    // 1.11 also lacks no other read feature the 1.13 read uses: the difference is the merges.
    expect(with13.syncCount - with11.syncCount).toBe(1);
  });

  it("leaves them unknown before ExcelApi 1.13, so the core guesses blocks from the values", async () => {
    const { host } = await historyInExcel(11);
    const book = await portOver(host).readSheets();
    expect(book.sheets.every((s) => s.merges === undefined)).toBe(true);
  });

  it("tells a producer left blank outside any merged block from a continuation row", async () => {
    // The first producer's block (rows 5–6) unmerged, its row 6 left blank as merging left it.
    const firstBlock = (area: string) => /^[B-G]5:[B-G]6$/.test(area);
    const exact = await historyInExcel(13, (area) => !firstBlock(area));
    const guessed = await historyInExcel(11, (area) => !firstBlock(area));
    const producerOn6 = (raw: RawWorkbook) =>
      check(raw)
        .findings.map(at)
        .filter((f) => f.startsWith(`Loc!${HISTORY_COLUMNS.producer}6 `));
    expect(producerOn6(await portOver(exact.host).readSheets())).toEqual([
      `Loc!${HISTORY_COLUMNS.producer}6 products.producer.required`,
    ]);
    expect(producerOn6(await portOver(guessed.host).readSheets())).toEqual([]);
  });

  it("asks again in slices when one request would exceed Excel's 512 areas, and gets them all", async () => {
    /** The history list plus a notes sheet of `pairs` merged pairs (A1:B1, A2:B2, …). */
    const withNotes = async (pairs: number) => {
      const { host } = await historyInExcel(13);
      const notes = host.addSheet("Ghi chú");
      for (let r = 1; r <= pairs; r++) {
        notes.values[r - 1] = [`Ghi chú ${r}`];
        mergeCells(notes, `A${r}:B${r}`);
      }
      const book = await portOver(host).readSheets();
      return {
        merged: book.sheets.find((s) => s.name === "Ghi chú")!.merges!,
        syncs: host.syncCount,
      };
    };
    const within = await withNotes(MAX_MERGED_AREAS);
    const over = await withNotes(MAX_MERGED_AREAS + 88);
    expect(within.merged).toHaveLength(MAX_MERGED_AREAS);
    expect(over.merged).toHaveLength(MAX_MERGED_AREAS + 88);
    expect(over.merged.at(-1)).toBe(`A${MAX_MERGED_AREAS + 88}:B${MAX_MERGED_AREAS + 88}`);
    // The whole-sheet request failed in the fake as in Excel; the slices took one more sync.
    expect(over.syncs - within.syncs).toBe(1);
    expect(MERGE_SLICE_CELLS).toBeLessThanOrEqual(MAX_MERGED_AREAS);
  });

  it("keeps them through live mode's row-by-row reads, equal to a whole read", async () => {
    const { host } = await historyInExcel(13);
    const port = createExcelPort({
      run: host.run,
      apiSupport: host.supports,
      today: () => "2026-11-30",
      debounceMs: 10,
    });
    const stop = await port.onSheetsChanged(() => undefined);
    await port.readSheets();
    await host.userEdit("Loc", `${HISTORY_COLUMNS.currentStars}5`, 4);
    await new Promise((resolve) => setTimeout(resolve, 40));
    const live = await port.readSheets();
    const whole = await portOver(host).readSheets();
    expect(live).toEqual(whole);
    expect(live.sheets.find((s) => s.name === "Loc")!.merges!.length).toBeGreaterThan(5);
    await stop();
  });

  it("reads RangeAreas addresses with quoted sheet names, commas and $ signs", () => {
    expect(areasOf("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual(["A1:B4", "D1:D4"]);
    expect(areasOf("'Sản phẩm, OCOP'!$B$5:$B$7,'Sản phẩm, OCOP'!C5:C7")).toEqual([
      "B5:B7",
      "C5:C7",
    ]);
    expect(areasOf("")).toEqual([]);
    expect(parseBox("B5:B7").r1).toBe(7);
  });
});
