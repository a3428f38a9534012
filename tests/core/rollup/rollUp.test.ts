import { checkWorkbook, type CheckOptions } from "../../../src/core/check";
import { renderMessage } from "../../../src/core/findings";
import { buildReport, defaultReportOptions, toText } from "../../../src/core/report";
import { checkAcross, placeText, rollUp, type RollupSource } from "../../../src/core/rollup";
import { sampleWorkbook, SAMPLE_YEARS } from "../../../src/core/sample";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { FAIRS } from "../../../src/core/sheets/columns";
import {
  aFair,
  aGrid,
  anExhibit,
  aProduct,
  aWorkbook,
  excelSerial,
  nationalReferenceOnce,
} from "../../builders";
import { splitByUnit } from "./splitByUnit";

const national = nationalReferenceOnce();
const options = (): CheckOptions => ({ today: "2027-01-10", reference: national.current });

function reportText(raw: RawWorkbook, settings: Settings): string {
  const { typed } = checkWorkbook(raw, settings, options());
  const defaults = defaultReportOptions(typed, settings);
  return toText(buildReport(typed, { ...defaults, reference: national.current }));
}

const sources = (books: RawWorkbook[], settings: Settings): RollupSource[] =>
  books.map((raw, i) => ({ name: `don-vi-${i + 1}.xlsx`, raw, settings }));

describe.each(SAMPLE_YEARS)("rolling up the %s sample split into three unit workbooks", (year) => {
  const settings = { ...defaultSettings(), reportYear: year };
  const original = () => sampleWorkbook({ mistakes: false, year });

  it("gives a merged workbook whose check finds nothing and whose report is the original's", () => {
    const parts = splitByUnit(original(), settings, options(), 3);
    expect(parts).toHaveLength(3);
    const result = rollUp(sources(parts, settings), options());
    expect(result.across).toEqual([]);
    for (const file of result.perFile) expect(file.result.findings).toEqual([]);
    const merged = checkWorkbook(result.merged, settings, options());
    expect(merged.findings).toEqual([]);
    const before = checkWorkbook(original(), settings, options()).typed;
    expect(merged.typed.fairs).toHaveLength(before.fairs.length);
    expect(merged.typed.exhibits).toHaveLength(before.exhibits.length);
    expect(merged.typed.products).toHaveLength(before.products.length);
    expect(reportText(result.merged, settings)).toBe(reportText(original(), settings));
  });

  it("counts the fairs two units both hold as merged, and each source's rows", () => {
    const parts = splitByUnit(original(), settings, options(), 3);
    const result = rollUp(sources(parts, settings), options());
    const inParts = parts.map((p) => checkWorkbook(p, settings, options()).typed);
    const fairRows = inParts.reduce((n, t) => n + t.fairs.length, 0);
    const fairs = checkWorkbook(original(), settings, options()).typed.fairs.length;
    expect(result.summary.fairsMerged).toBe(fairRows - fairs);
    // The split puts a fair shown by two units in both files: the merge has work to do.
    expect(result.summary.fairsMerged).toBeGreaterThan(0);
    expect(result.summary.rows.map((r) => r.products)).toEqual(
      inParts.map((t) => t.products.length)
    );
    expect(result.summary.acrossCounts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("writes where each row came from in a last column Nguồn", () => {
    const parts = splitByUnit(original(), settings, options(), 3);
    const result = rollUp(sources(parts, settings), options());
    const products = result.merged.sheets.find((s) => s.name === "Sản phẩm OCOP")!;
    expect(products.values[0].at(-1)).toBe("Nguồn");
    const first = checkWorkbook(parts[0], settings, options()).typed.products[0];
    expect(products.values[1].at(-1)).toBe(`don-vi-1.xlsx › Sản phẩm OCOP!${first.row}`);
    expect(result.headerRows["Sản phẩm OCOP"]).toBe(1);
  });

  it("is idempotent: the merged workbook again, alone or with a source, adds no row", () => {
    const parts = splitByUnit(original(), settings, options(), 3);
    const once = rollUp(sources(parts, settings), options());
    const again = rollUp([{ name: "tinh.xlsx", raw: once.merged, settings }], options());
    expect(again.merged).toEqual(once.merged);
    const withSource = rollUp(
      [{ name: "tinh.xlsx", raw: once.merged, settings }, ...sources(parts, settings).slice(1, 2)],
      options()
    );
    expect(withSource.merged).toEqual(once.merged);
    expect(withSource.across).toEqual([]);
  });
});

describe("problems only several files show", () => {
  const settings = { ...defaultSettings(), reportYear: 2023 };
  const base = () =>
    splitByUnit(sampleWorkbook({ mistakes: false, year: 2023 }), settings, options(), 2);

  /** Copies row `row` (Excel number) of sheet `sheet` of `from` to the end of the same sheet of `to`. */
  function copyRow(
    from: RawWorkbook,
    to: RawWorkbook,
    sheet: string,
    row: number,
    edit?: Record<number, string | number>
  ) {
    const src = from.sheets.find((s) => s.name === sheet)!;
    const dst = to.sheets.find((s) => s.name === sheet)!;
    const values = [...src.values[row - 1]];
    for (const [i, v] of Object.entries(edit ?? {})) values[Number(i)] = v;
    dst.values.push(values);
    dst.numberFormats?.push([...(src.numberFormats?.[row - 1] ?? values.map(() => "General"))]);
    return dst.values.length;
  }

  it("names a ranked product held in two files once, with both files and cells", () => {
    const [a, b] = base();
    const products = a.sheets.find((s) => s.name === "Sản phẩm OCOP")!;
    const firstRow = checkWorkbook(a, settings, options()).typed.products[0].row;
    const at = copyRow(a, b, "Sản phẩm OCOP", firstRow);
    const found = checkAcross(sources([a, b], settings), options());
    expect(found.map((f) => f.code)).toEqual(["across.products.duplicate"]);
    const [f] = found;
    expect(f).toMatchObject({ file: "don-vi-2.xlsx", sheet: "Sản phẩm OCOP", row: at });
    expect(f.other).toMatchObject({ file: "don-vi-1.xlsx", sheet: products.name, row: firstRow });
    expect(renderMessage(f, "vi")).toContain(
      `don-vi-1.xlsx, Sản phẩm OCOP, ô ${f.other!.column}${firstRow}`
    );
    expect(placeText({ file: f.file, sheet: f.sheet, row: f.row, column: f.column }, "vi")).toBe(
      `don-vi-2.xlsx, Sản phẩm OCOP, ô ${f.column}${at}`
    );
  });

  it("names a fair code that means two fairs, once, and keeps both fairs apart in the merge", () => {
    const [a, b] = base();
    const fairA = checkWorkbook(a, settings, options()).typed.fairs[0];
    // b gets a fair with a's code but another name and dates.
    const at = copyRow(a, b, "Hội chợ", fairA.row, {
      1: "Hội chợ Xuân An Giang",
      3: "2023-02-01",
      4: "2023-02-05",
    });
    const result = rollUp(sources([a, b], settings), options());
    const clash = result.across.filter((f) => f.code === "across.fairs.codeClash");
    expect(clash).toHaveLength(1);
    expect(clash[0]).toMatchObject({
      file: "don-vi-2.xlsx",
      row: at,
      other: { file: "don-vi-1.xlsx", row: fairA.row },
    });
    const merged = checkWorkbook(result.merged, settings, options()).typed.fairs;
    expect(merged.map((f) => f.fairCode)).toContain(`${fairA.fairCode}-2`);
  });

  it("names one fair under two codes once, and the merge keeps it once", () => {
    const [a, b] = base();
    const typedA = checkWorkbook(a, settings, options()).typed;
    const fairA = typedA.fairs[0];
    const fairsBefore = rollUp(sources([a, b], settings), options());
    const at = copyRow(a, b, "Hội chợ", fairA.row, { 0: "HC-KHAC" });
    const result = rollUp(sources([a, b], settings), options());
    const twice = result.across.filter((f) => f.code === "across.fairs.sameFairTwoCodes");
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatchObject({
      file: "don-vi-2.xlsx",
      row: at,
      other: { file: "don-vi-1.xlsx", row: fairA.row },
    });
    // An exhibit of b at the other code counts at the merged fair.
    const exhibits = b.sheets.find((s) => s.name === "Sản phẩm trưng bày")!;
    exhibits.values.push([
      "HC-KHAC",
      "Khô cá lóc",
      "Cơ sở Khô cá Hai Hiền",
      ...exhibits.values.at(-1)!.slice(3),
    ]);
    exhibits.numberFormats?.push([...exhibits.numberFormats.at(-1)!]);
    const withExhibit = rollUp(sources([a, b], settings), options());
    const check = checkWorkbook(withExhibit.merged, settings, options());
    expect(check.findings.filter((f) => f.code === "exhibits.fairCode.unknown")).toEqual([]);
    expect(check.typed.exhibits.find((e) => e.product === "Khô cá lóc")?.fairCode).toBe(
      fairA.fairCode
    );
    const count = (r: typeof result) =>
      r.merged.sheets.find((s) => s.name === "Hội chợ")!.values.length;
    expect(count(result)).toBe(count(fairsBefore));
  });

  it("names a source of another year once, at a row of that year, against the others", () => {
    const [a, b] = base();
    const c = sampleWorkbook({ mistakes: false, year: 2026 });
    const found = checkAcross(sources([a, b, c], settings), options());
    const years = found.filter((f) => f.code === "across.source.yearMismatch");
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({
      file: "don-vi-3.xlsx",
      params: { year: 2026, otherYear: 2023 },
    });
    expect(years[0].other?.file).toBe("don-vi-1.xlsx");
  });

  it("names a source set to another province, and a unit that is in another source's province", () => {
    const [a, b] = base();
    const kg = { ...settings, province: "Kiên Giang" };
    const all: RollupSource[] = [
      { name: "a.xlsx", raw: a, settings },
      { name: "b.xlsx", raw: b, settings },
      { name: "kg.xlsx", raw: b, settings: kg },
    ];
    const found = checkAcross(all, options());
    const province = found.filter((f) => f.code === "across.source.provinceMismatch");
    expect(province).toHaveLength(1);
    expect(province[0]).toMatchObject({ file: "kg.xlsx", other: { file: "a.xlsx" } });
    const units = found.filter((f) => f.code === "across.units.otherProvince");
    expect(units.length).toBeGreaterThan(0);
    for (const f of units) expect(f).toMatchObject({ file: "kg.xlsx", other: { file: "a.xlsx" } });
  });
});

describe("merging sources laid out their own way", () => {
  const settings = { ...defaultSettings(), reportYear: 2023 };
  const laidOut = (): RawWorkbook =>
    aWorkbook({
      fairs: aGrid("fairs", [aFair()], {
        titleRows: [["DANH SÁCH HỘI CHỢ"], []],
        columns: ["name", "fairCode", "province", "startDate", "endDate"],
        extraColumns: ["Người nhập"],
      }),
      exhibits: aGrid("exhibits", [anExhibit()], { omit: ["note", "count"] }),
      products: aGrid("products", [aProduct()], {
        twoRowHeader: { "Quyết định công nhận": { decisionNo: "Số", decisionDate: "Ngày" } },
      }),
    });

  it("writes every source in the template's columns, unknown columns left out", () => {
    const result = rollUp([{ name: "a.xlsx", raw: laidOut(), settings }], options());
    const fairs = result.merged.sheets.find((s) => s.name === "Hội chợ")!;
    expect(fairs.values[0]).toEqual([...FAIRS.columns.map((c) => c.header), "Nguồn"]);
    expect(fairs.values[1].slice(0, 2)).toEqual(["HC01", aFair().name]);
    expect(fairs.values[1].at(-1)).toBe("a.xlsx › Hội chợ!4");
    expect(checkWorkbook(result.merged, settings, options()).findings).toEqual([]);
  });

  it("adds no row when the merged workbook is merged with that source again", () => {
    const source = { name: "a.xlsx", raw: laidOut(), settings };
    const once = rollUp([source], options());
    const again = rollUp([{ name: "tinh.xlsx", raw: once.merged, settings }, source], options());
    expect(again.merged).toEqual(once.merged);
  });

  it("moves a 1904 workbook's date serials to the merged workbook's 1900 system", () => {
    const raw = aWorkbook({
      fairs: aGrid(
        "fairs",
        [
          aFair({
            startDate: excelSerial("2023-09-14", true),
            endDate: excelSerial("2023-09-18", true),
          }),
        ],
        { numberFormats: { startDate: "dd/mm/yyyy", endDate: "dd/mm/yyyy" } }
      ),
      date1904: true,
    });
    const result = rollUp([{ name: "mac.xlsx", raw, settings }], options());
    const fair = checkWorkbook(result.merged, settings, options()).typed.fairs[0];
    expect([fair.startDate, fair.endDate]).toEqual(["2023-09-14", "2023-09-18"]);
  });
});

describe("the merged lists sheet", () => {
  const settings = { ...defaultSettings(), reportYear: 2023 };

  it("holds each list as the union of the files' lists, in the order first seen", () => {
    const a = aWorkbook({
      products: [aProduct()],
      lists: [{ districts: "Tịnh Biên" }, { districts: "Chợ Mới" }],
    });
    const b = aWorkbook({
      products: [aProduct({ product: "Khô cá lóc", district: "Tri Tôn" })],
      lists: [{ districts: "cho moi" }, { districts: "Tri Tôn" }],
    });
    const result = rollUp(
      [
        { name: "a.xlsx", raw: a, settings },
        { name: "b.xlsx", raw: b, settings },
      ],
      options()
    );
    const lists = result.merged.sheets.find((s) => s.name === "Danh mục")!;
    expect(lists.values.map((r) => r[0])).toEqual([
      "Huyện/thị xã/thành phố",
      "Tịnh Biên",
      "Chợ Mới",
      "Tri Tôn",
    ]);
    expect(result.headerRows["Danh mục"]).toBe(1);
  });

  it("is left out when no file has one", () => {
    const raw = aWorkbook({ products: [aProduct()] });
    const result = rollUp([{ name: "a.xlsx", raw, settings }], options());
    expect(result.merged.sheets.map((s) => s.name)).toEqual([
      "Hội chợ",
      "Sản phẩm trưng bày",
      "Sản phẩm OCOP",
    ]);
  });

  it("names places in English too", () => {
    const place = { file: "huyen-cho-moi.xlsx", sheet: "Sản phẩm OCOP", row: 12, column: "B" };
    expect(placeText(place, "vi")).toBe("huyen-cho-moi.xlsx, Sản phẩm OCOP, ô B12");
    expect(placeText(place, "en")).toBe("huyen-cho-moi.xlsx, Sản phẩm OCOP, cell B12");
  });
});
