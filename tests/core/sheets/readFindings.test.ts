import { FINDINGS, renderMessage } from "../../../src/core/findings";
import type { Finding } from "../../../src/core/findings/finding";
import { defaultSettings } from "../../../src/core/settings";
import { columnLetter } from "../../../src/core/sheets/address";
import { readWorkbook } from "../../../src/core/sheets/readWorkbook";
import type { SheetKind } from "../../../src/core/findings/finding";
import { fromUnicode } from "../../../src/core/text/encodings";
import { aFair, aGrid, anExhibit, aProduct, aWorkbook, specOf, type RawRow } from "../../builders";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const TODAY = "2026-11-28";

function read(parts: Parameters<typeof aWorkbook>[0]) {
  return readWorkbook(aWorkbook(parts), defaultSettings(), {
    today: TODAY,
    reference: national.current,
  });
}

/** A valid sheet of every kind, with `row` as the second data row (Excel row 3) of `kind`. */
function readWith(kind: "fairs" | "exhibits" | "products", row: RawRow) {
  const base = { fairs: [aFair()], exhibits: [anExhibit()], products: [aProduct()] };
  base[kind] = [base[kind][0], row];
  return read(base);
}

function letterOf(kind: SheetKind, key: string): string {
  return columnLetter(specOf(kind).columns.findIndex((c) => c.key === key) + 1);
}

const builders = { fairs: aFair, exhibits: anExhibit, products: aProduct };

interface Case {
  kind: "fairs" | "exhibits" | "products";
  key: string;
  bad: RawRow;
  nearMiss: RawRow;
  code: string;
  severity: Finding["severity"];
  suggestion?: string | number;
}

const cases: Case[] = [
  {
    kind: "fairs",
    key: "fairCode",
    bad: { fairCode: "" },
    nearMiss: { fairCode: "HC09" },
    code: "fairs.fairCode.required",
    severity: "error",
  },
  {
    kind: "fairs",
    key: "name",
    bad: { name: "   " },
    nearMiss: { name: "Hội chợ" },
    code: "fairs.name.required",
    severity: "error",
  },
  {
    kind: "fairs",
    key: "startDate",
    bad: { startDate: "03/15/2023" },
    nearMiss: { startDate: "15/03/2023" },
    code: "fairs.startDate.invalid",
    severity: "error",
  },
  {
    kind: "fairs",
    key: "endDate",
    bad: { endDate: "31/02/2023" },
    nearMiss: { endDate: "28/02/2023", startDate: "27/02/2023" },
    code: "fairs.endDate.invalid",
    severity: "error",
  },
  {
    kind: "fairs",
    key: "booths",
    bad: { booths: "mười" },
    nearMiss: { booths: "10" },
    code: "fairs.booths.notNumber",
    severity: "error",
  },
  {
    kind: "fairs",
    key: "booths",
    bad: { booths: 2.5 },
    nearMiss: { booths: 2 },
    code: "fairs.booths.notInteger",
    severity: "error",
  },
  {
    kind: "fairs",
    key: "booths",
    bad: { booths: -1 },
    nearMiss: { booths: 0 },
    code: "fairs.booths.outOfRange",
    severity: "error",
  },
  {
    kind: "fairs",
    key: "province",
    bad: { province: "Sóc Trăg" },
    nearMiss: { province: "tỉnh Sóc Trăng" },
    code: "fairs.province.unknown",
    severity: "error",
    suggestion: "Sóc Trăng",
  },
  {
    kind: "fairs",
    key: "province",
    bad: { province: "Hậu Giang", startDate: "10/03/2026", endDate: "12/03/2026" },
    nearMiss: { province: "Hậu Giang", startDate: "10/03/2025", endDate: "12/03/2025" },
    code: "fairs.province.outdated",
    severity: "warning",
    suggestion: "thành phố Cần Thơ",
  },
  {
    kind: "fairs",
    key: "organizer",
    bad: { organizer: "#REF!" },
    nearMiss: { organizer: "REF" },
    code: "fairs.organizer.formulaError",
    severity: "error",
  },
  {
    kind: "exhibits",
    key: "district",
    bad: { district: "Chợ Mớii" },
    nearMiss: { district: "H. Chợ Mới" },
    code: "exhibits.district.unknown",
    severity: "error",
    suggestion: "Chợ Mới",
  },
  {
    kind: "exhibits",
    key: "category",
    bad: { category: "#N/A" },
    nearMiss: { category: "ocop" },
    code: "exhibits.category.formulaError",
    severity: "error",
  },
  {
    kind: "exhibits",
    key: "category",
    bad: { category: "OCP" },
    nearMiss: { category: "sản phẩm OCOP" },
    code: "exhibits.category.unknown",
    severity: "error",
    suggestion: "OCOP",
  },
  {
    kind: "exhibits",
    key: "stars",
    bad: { category: "OCOP", stars: "" },
    nearMiss: { category: "Đặc thù", stars: "" },
    code: "exhibits.stars.required",
    severity: "error",
  },
  {
    kind: "exhibits",
    key: "count",
    bad: { count: 0 },
    nearMiss: { count: "" },
    code: "exhibits.count.outOfRange",
    severity: "error",
  },
  {
    kind: "products",
    key: "score",
    bad: { score: "chín mươi" },
    nearMiss: { score: "91,5" },
    code: "products.score.notNumber",
    severity: "error",
  },
  {
    kind: "products",
    key: "stars",
    bad: { stars: "bốn sao" },
    nearMiss: { stars: "4 sao" },
    code: "products.stars.unknown",
    severity: "error",
  },
  {
    kind: "products",
    key: "decisionDate",
    bad: { decisionDate: "" },
    nearMiss: { decisionDate: 45092 },
    code: "products.decisionDate.required",
    severity: "error",
  },
  {
    kind: "products",
    key: "producerType",
    bad: { producerType: "Công đoàn" },
    nearMiss: { producerType: "HTX" },
    code: "products.producerType.unknown",
    severity: "error",
  },
  {
    kind: "products",
    key: "group",
    bad: { group: "Thực phẩn" },
    nearMiss: { group: "Nhóm 1" },
    code: "products.group.unknown",
    severity: "error",
    suggestion: "Thực phẩm",
  },
  {
    kind: "products",
    key: "group",
    bad: { group: "Thảo dược", productSet: "" },
    nearMiss: { group: "Dược liệu và sản phẩm từ dược liệu", productSet: "" },
    code: "products.group.oldName",
    severity: "info",
    suggestion: "Dược liệu và sản phẩm từ dược liệu",
  },
  {
    kind: "products",
    key: "productSet",
    bad: { productSet: "Bộ đồ chơi" },
    nearMiss: { productSet: "4" },
    code: "products.productSet.unknown",
    severity: "error",
  },
  {
    kind: "products",
    key: "level",
    bad: { level: "cấp xã" },
    nearMiss: { level: "cấp tỉnh" },
    code: "products.level.unknown",
    severity: "error",
  },
  {
    kind: "products",
    key: "status",
    bad: { status: "cũ" },
    nearMiss: { status: "nâng hạng" },
    code: "products.status.unknown",
    severity: "warning",
  },
  {
    kind: "products",
    key: "producer",
    bad: { producer: fromUnicode("Hợp tác xã Đường thốt nốt", "tcvn3") },
    nearMiss: { producer: "Hợp tác xã Đường thốt nốt" },
    code: "products.producer.legacyEncoding",
    severity: "warning",
    suggestion: "Hợp tác xã Đường thốt nốt",
  },
  {
    kind: "exhibits",
    key: "product",
    bad: { product: fromUnicode("Khô cá lóc", "vni") },
    nearMiss: { product: "Khô cá lóc" },
    code: "exhibits.product.legacyEncoding",
    severity: "warning",
    suggestion: "Khô cá lóc",
  },
  {
    kind: "exhibits",
    key: "producer",
    bad: { producer: "Cơ sở Bảy Lộc".normalize("NFD") },
    nearMiss: { producer: "Cơ sở Bảy Lộc" },
    code: "exhibits.producer.decomposed",
    severity: "info",
    suggestion: "Cơ sở Bảy Lộc",
  },
  {
    kind: "fairs",
    key: "name",
    bad: { name: " Hội chợ  OCOP " },
    nearMiss: { name: "Hội chợ OCOP" },
    code: "fairs.name.spaces",
    severity: "info",
    suggestion: "Hội chợ OCOP",
  },
];

describe("reading findings, each at its cell", () => {
  it.each(cases)("raises $code at row 3, and not on its near miss", (c) => {
    const bad = readWith(c.kind, builders[c.kind](c.bad));
    const hits = bad.findings.filter((f) => f.code === c.code);
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({
      severity: c.severity,
      sheet: specOf(c.kind).defaultName,
      sheetKind: c.kind,
      row: 3,
      column: letterOf(c.kind, c.key),
      columnKey: c.key,
      value: builders[c.kind](c.bad)[c.key],
    });
    if (c.suggestion !== undefined) expect(hit.suggestion).toBe(c.suggestion);
    // Every code has its message in both languages (an unknown code renders as itself).
    expect(FINDINGS[c.code as keyof typeof FINDINGS]).toBeDefined();
    expect(renderMessage(hit, "vi")).not.toBe(renderMessage(hit, "en"));
    const good = readWith(c.kind, builders[c.kind](c.nearMiss));
    expect(good.findings.filter((f) => f.code === c.code)).toEqual([]);
    expect(good.findings.filter((f) => f.row === 3 && f.severity === "error")).toEqual([]);
  });

  it("offers encoding, space, 2019-name and nearest-name fixes, and nothing without a suggestion", () => {
    const r = readWith(
      "products",
      aProduct({
        producer: " Hợp tác xã  An Phú",
        group: "Thảo dược",
        productSet: "",
        district: "Chợ Mớii",
        level: "cấp xã",
      })
    );
    const byCode = new Map(r.findings.map((f) => [f.code, f]));
    expect(byCode.get("products.producer.spaces")?.fixable).toBe(true);
    expect(byCode.get("products.group.oldName")?.fixable).toBe(true);
    expect(byCode.get("products.district.unknown")).toMatchObject({
      suggestion: "Chợ Mới",
      fixable: true,
    });
    const far = byCode.get("products.level.unknown");
    expect(far).toBeDefined();
    expect(far?.suggestion).toBeUndefined();
    expect(far?.fixable).toBeFalsy();
  });

  it("puts the province check on the fair's start date: Hậu Giang in 2023, Cần Thơ in 2026", () => {
    const r = read({
      fairs: [
        aFair({ province: "Hậu Giang", startDate: "2023-10-10", endDate: "2023-10-14" }),
        aFair({
          fairCode: "HC02",
          province: "Hậu Giang",
          startDate: "2026-01-10",
          endDate: "2026-01-14",
        }),
      ],
    });
    const outdated = r.findings.filter((f) => f.code === "fairs.province.outdated");
    expect(outdated.map((f) => f.row)).toEqual([3]);
    expect(outdated[0].params).toMatchObject({
      successor: "thành phố Cần Thơ",
      date: "2026-01-10",
    });
  });
});

describe("missing sheets and columns", () => {
  it("reports a missing required column once, at the header row, and not on every row", () => {
    const r = read({
      products: specSheetWithout("products", "decisionNo", [
        aProduct(),
        aProduct({ seq: 2 }),
        aProduct({ seq: 3 }),
      ]),
      fairs: [aFair()],
      exhibits: [anExhibit()],
    });
    const missing = r.findings.filter((f) => f.code === "products.sheet.missingColumn");
    expect(missing).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: "Sản phẩm OCOP",
        row: 1,
        column: "A",
        params: { header: "Số quyết định", key: "decisionNo" },
      }),
    ]);
    expect(r.findings.filter((f) => f.code === "products.decisionNo.required")).toEqual([]);
    expect(r.typed.locations.products?.columns.decisionNo).toBeUndefined();
    expect(renderMessage(missing[0], "vi")).toBe('Sheet thiếu cột bắt buộc "Số quyết định".');
  });

  it("takes a missing score column as info: the bands cannot be checked, no figure is wrong", () => {
    const r = read({
      products: specSheetWithout("products", "score", [aProduct(), aProduct({ seq: 2 })]),
      fairs: [aFair()],
      exhibits: [anExhibit()],
    });
    expect(r.findings.filter((f) => f.code === "products.sheet.missingColumn")).toEqual([]);
    const noScore = r.findings.filter((f) => f.code === "products.sheet.noScoreColumn");
    expect(noScore).toEqual([
      expect.objectContaining({ severity: "info", sheet: "Sản phẩm OCOP", row: 1, column: "A" }),
    ]);
    expect(renderMessage(noScore[0], "vi")).toMatch(/^Sheet không có cột Điểm/);
    expect(r.findings.filter((f) => f.code === "products.score.required")).toEqual([]);
  });

  it("does not ask for an optional column", () => {
    const r = read({
      products: specSheetWithout("products", "level", [aProduct()]),
      fairs: [aFair()],
      exhibits: [anExhibit()],
    });
    expect(r.findings.filter((f) => f.code.endsWith("missingColumn"))).toEqual([]);
  });

  it("reports a missing tracking sheet at A1 of its default name: a warning beside other sheets", () => {
    const r = read({ fairs: [aFair()], exhibits: [anExhibit()] });
    expect(r.findings.filter((f) => f.code.endsWith(".sheet.missing"))).toEqual([
      expect.objectContaining({
        code: "products.sheet.missing",
        severity: "warning",
        sheet: "Sản phẩm OCOP",
        row: 1,
        column: "A",
      }),
    ]);
    expect(r.typed.locations.products).toBeUndefined();
  });

  it("makes the missing sheets errors when no tracking sheet is found at all", () => {
    const r = read({ others: [{ name: "Sheet1", origin: "A1", values: [["Xin chào"]] }] });
    const missing = r.findings.filter((f) => f.code.endsWith(".sheet.missing"));
    expect(missing.map((f) => [f.code, f.severity])).toEqual([
      ["fairs.sheet.missing", "error"],
      ["exhibits.sheet.missing", "error"],
      ["products.sheet.missing", "error"],
    ]);
  });

  it("reports a named sheet without any header row at its first cell", () => {
    const r = read({
      fairs: { name: "Hội chợ", origin: "B2", values: [["ghi chép"], [1, 2, 3]] },
      exhibits: [anExhibit()],
      products: [aProduct()],
    });
    expect(r.findings.filter((f) => f.code === "fairs.sheet.noHeader")).toEqual([
      expect.objectContaining({ sheet: "Hội chợ", row: 2, column: "B", severity: "error" }),
    ]);
    expect(r.typed.fairs).toEqual([]);
  });
});

function specSheetWithout(kind: "products" | "fairs" | "exhibits", key: string, rows: RawRow[]) {
  return aGrid(kind, rows, { omit: [key] });
}

describe("legacy spellings that also read as Vietnamese", () => {
  it("are caught in the district and province columns, where the list of names tells", () => {
    const r = read({
      fairs: [aFair({ province: fromUnicode("Sơn La", "vni") })],
      exhibits: [anExhibit({ district: fromUnicode("An Phú", "tcvn3") })],
    });
    expect(r.typed.exhibits[0].district).toBe("An Phú");
    expect(r.typed.fairs[0].province).toBe("Sơn La");
    const codes = r.findings.map((f) => [f.code, f.suggestion]);
    expect(codes).toContainEqual(["exhibits.district.legacyEncoding", "An Phú"]);
    expect(codes).toContainEqual(["fairs.province.legacyEncoding", "Sơn La"]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
