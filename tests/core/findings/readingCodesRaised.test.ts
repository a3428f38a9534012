import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import { defaultSettings } from "../../../src/core/settings";
import { UNCALCULATED_FORMULA, type CellValue } from "../../../src/core/sheets/rawSheet";
import {
  ACTIVITY_PROVINCE_UNKNOWN_CODE,
  ACTIVITY_SHEET_CODES,
  COLUMN_CODES,
  SHEET_CODES,
} from "../../../src/core/sheets/readerCodes";
import type { Problem } from "../../../src/core/sheets/sheetIssue";
import { fromUnicode } from "../../../src/core/text/encodings";
import {
  aCouncil,
  aFair,
  aGrid,
  anExhibit,
  aProduct,
  aTraining,
  aWorkbook,
  type RawRow,
} from "../../builders";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

type Kind = keyof typeof COLUMN_CODES;
const BASE: Record<Kind, () => RawRow> = {
  fairs: aFair,
  exhibits: anExhibit,
  products: aProduct,
  training: aTraining,
  councils: aCouncil,
};

/** A cell that has `problem` in the column `key`; other cells stay valid. */
function badRow(kind: Kind, key: string, problem: Problem): RawRow {
  const text = (v: CellValue | undefined) =>
    typeof v === "string" && v.normalize("NFD") !== v ? v : "Hợp tác xã Tân Phú";
  const base = BASE[kind]();
  const cell: Record<Problem, () => RawRow> = {
    required: () => ({ [key]: "", ...(key === "stars" ? { category: "OCOP" } : {}) }),
    formulaError: () => ({ [key]: "#REF!" }),
    uncalculated: () => ({ [key]: UNCALCULATED_FORMULA }),
    legacyEncoding: () => ({ [key]: fromUnicode(text(base[key]), "tcvn3") }),
    decomposed: () => ({ [key]: text(base[key]).normalize("NFD") }),
    spaces: () => ({ [key]: ` ${String(base[key] || "x")}  ` }),
    invalid: () => ({ [key]: "31/02/2023" }),
    notNumber: () => ({ [key]: "nhiều" }),
    notInteger: () => ({ [key]: 1.5 }),
    outOfRange: () => ({ [key]: -3 }),
    unknown: () => ({ [key]: "Zzyzx qwv" }),
    // Merged into Cần Thơ on 01/7/2025 (NQ 202/2025/QH15).
    outdated: () => ({ [key]: "Hậu Giang", startDate: "2025-08-01", endDate: "2025-08-03" }),
    // A 2019 group name (QĐ 1048/QĐ-TTg 2019), renamed by QĐ 148/QĐ-TTg.
    oldName: () => ({ [key]: "Thảo dược", productSet: "" }),
    // Units on a 2026 row (a 2026 decision; an exhibit at the 2026 fair HC26) of An Giang.
    wrongType: () => ({ [key]: "phường Óc Eo", ...in2026(kind) }),
    elsewhere: () => ({ [key]: "phường Ninh Kiều", ...in2026(kind) }),
    levelEnded: () => ({ [key]: "huyện Chợ Mới", ...in2026(kind) }),
    // Tây Ninh has xã Tân Thành and xã Tân Thạnh: without marks, either.
    // Decisions from 22/5/2026 (QĐ 26/2026/QĐ-TTg): QĐ 148's set name, the ministry's old name.
    renamed: () => ({ [key]: "Sản phẩm trà từ thực vật khác", decisionDate: "2026-06-01" }),
    formerMinistry: () => ({ [key]: "Bộ NN&PTNT", decisionDate: "2026-06-01" }),
    ambiguous: () => ({ [key]: "Tan Thanh", ...in2026(kind), [PROVINCE]: "Tây Ninh" }),
    // A commune council on a 2023 row: the commune level had no council before 01/7/2025.
    notInForce: () => ({ [key]: "cấp xã" }),
  };
  return { ...base, ...cell[problem]() };
}

/** Not a column: the settings' province a crafted row is checked under. */
const PROVINCE = "__province";

function in2026(kind: Kind): RawRow {
  if (kind === "training" || kind === "councils") return { date: "2026-03-02" };
  return kind === "products" ? { decisionDate: "2026-03-02" } : { fairCode: "HC26" };
}

function findingsFor(kind: Kind, row: RawRow): Finding[] {
  const { [PROVINCE]: province, ...cells } = row;
  // Exhibits are dated by their fair: HC01 in 2023, HC26 in 2026.
  const fairs =
    kind === "exhibits"
      ? [aFair(), aFair({ fairCode: "HC26", startDate: "2026-03-10", endDate: "2026-03-12" })]
      : undefined;
  const raw = aWorkbook({ [kind]: [cells], ...(fairs ? { fairs } : {}) });
  const settings = { ...defaultSettings(), ...(province ? { province: String(province) } : {}) };
  return checkWorkbook(raw, settings, { today: "2026-11-30", reference: national.current })
    .findings;
}

const columnCases = Object.entries(COLUMN_CODES).flatMap(([kind, columns]) =>
  Object.entries(columns).flatMap(([key, problems]) =>
    Object.entries(problems).map(([problem, code]) => ({
      kind: kind as Kind,
      key,
      problem: problem as Problem,
      code: code as string,
    }))
  )
);

describe("every reading code in the reader's table", () => {
  it.each(columnCases)("is raised: $code", ({ kind, key, problem, code }) => {
    const findings = findingsFor(kind, badRow(kind, key, problem));
    const hit = findings.find((f) => f.code === code);
    expect(hit).toBeDefined();
    expect(hit!.columnKey).toBe(key);
  });

  it.each(Object.keys(SHEET_CODES) as (keyof typeof SHEET_CODES)[])(
    "is raised for a %s sheet missing, headerless or short of a column, with no column key",
    (kind) => {
      const other = kind === "fairs" ? "products" : "fairs";
      const missing = findingsFor(other, BASE[other]()).find(
        (f) => f.code === SHEET_CODES[kind].missing
      );
      // Beside the ranked products alone, the promotion sheets' absence is info (issue 13).
      expect(missing).toMatchObject({
        severity: other === "products" ? "info" : "warning",
        row: 1,
        column: "A",
      });

      const headerless = aGrid(kind, []);
      headerless.values = [["Bảng theo dõi"], ["gì đó", 12]];
      const noHeader = checkWorkbook(aWorkbook({ [kind]: headerless }), defaultSettings(), {
        today: "2026-11-30",
        reference: national.current,
      }).findings.find((f) => f.code === SHEET_CODES[kind].noHeader);
      expect(noHeader).toBeDefined();

      const row = BASE[kind]();
      const [required] = Object.entries(COLUMN_CODES[kind]).find(([, p]) => "required" in p)!;
      const grid = aGrid(kind, [row], { omit: [required] });
      const noColumn = checkWorkbook(aWorkbook({ [kind]: grid }), defaultSettings(), {
        today: "2026-11-30",
        reference: national.current,
      }).findings.find((f) => f.code === SHEET_CODES[kind].missingColumn);
      expect(noColumn).toBeDefined();
      for (const f of [missing, noHeader, noColumn]) expect(f).not.toHaveProperty("columnKey");
    }
  );
});

describe("the activity sheets' sheet-level codes (issue 11)", () => {
  const check = (raw: ReturnType<typeof aWorkbook>) =>
    checkWorkbook(raw, defaultSettings(), { today: "2026-11-30", reference: national.current })
      .findings;

  it("raise nothing when the activity sheets are missing", () => {
    const findings = check(
      aWorkbook({ fairs: [aFair()], exhibits: [anExhibit()], products: [aProduct()] })
    );
    expect(findings.filter((f) => /^(training|councils)\./.test(f.code))).toEqual([]);
  });

  it.each(Object.keys(ACTIVITY_SHEET_CODES) as (keyof typeof ACTIVITY_SHEET_CODES)[])(
    "are raised for a %s sheet headerless or short of a column, with no column key",
    (kind) => {
      const headerless = aGrid(kind, []);
      headerless.values = [["Bảng theo dõi"], ["gì đó", 12]];
      const noHeader = check(aWorkbook({ [kind]: headerless })).find(
        (f) => f.code === ACTIVITY_SHEET_CODES[kind].noHeader
      );
      expect(noHeader).toMatchObject({ row: 1, column: "A" });

      const grid = aGrid(kind, [BASE[kind]()], { omit: ["date"] });
      const noColumn = check(aWorkbook({ [kind]: grid })).find(
        (f) => f.code === ACTIVITY_SHEET_CODES[kind].missingColumn
      );
      expect(noColumn).toMatchObject({ params: { key: "date" } });
      for (const f of [noHeader, noColumn]) expect(f).not.toHaveProperty("columnKey");
    }
  );

  it("says once, at the unit column, that the settings' province is unknown", () => {
    const findings = checkWorkbook(
      aWorkbook({ councils: [aCouncil(), aCouncil({ unit: "Chợ Mới" })] }),
      { ...defaultSettings(), province: "Atlantis" },
      { today: "2026-11-30", reference: national.current }
    ).findings.filter((f) => f.code === ACTIVITY_PROVINCE_UNKNOWN_CODE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ columnKey: "unit", column: "C", value: "Atlantis" });
  });
});
