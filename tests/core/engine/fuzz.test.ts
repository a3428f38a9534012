import { checkWorkbook } from "../../../src/core/check";
import { isFindingCode } from "../../../src/core/findings";
import { defaultSettings } from "../../../src/core/settings";
import { columnIndex, parseCellAddress } from "../../../src/core/sheets/address";
import { TRACKING_SHEETS } from "../../../src/core/sheets/columns";
import { EXCEL_ERRORS, type CellValue, type RawSheet } from "../../../src/core/sheets/rawSheet";
import { ExhibitRow, FairRow, ProductRow } from "../../../src/core/sheets/rows";
import { fromUnicode } from "../../../src/core/text/encodings";
import { prng } from "../../builders/prng";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const WORDS = [
  "Chợ Mới",
  "H. Chợ Mới",
  "Hậu Giang",
  "OCOP",
  "4 sao",
  "★★★",
  "15/03/2024",
  "03/15/2024",
  "31/02/2023",
  "2023-06-15",
  "91,5",
  "1.234",
  "Thảo dược",
  "HTX",
  "tỉnh",
  "mới",
  "  spaced  ",
  "Đường".normalize("NFD"),
  fromUnicode("Bộ Nội vụ", "tcvn3"),
  fromUnicode("Việt Nam", "vni"),
  "=SUM(A1)",
  "'",
  "",
  " ",
  "\n",
  "null",
  "Mã hội chợ",
  "Tên sản phẩm",
  "Hạng sao",
  "Điểm",
  "Quyết định công nhận",
  "Số",
  "Ngày",
  "(1)",
  "(2)",
];
const ALL_HEADERS = TRACKING_SHEETS.flatMap((s) =>
  s.columns.flatMap((c) => [c.header, ...c.synonyms])
);
const SHEET_NAMES = [
  "Hội chợ",
  "Sản phẩm trưng bày",
  "Sản phẩm OCOP",
  "Danh mục",
  "Sheet1",
  "HC",
  "OCOP",
  "x",
];

function randomCell(rand: () => number): CellValue {
  const r = rand();
  if (r < 0.25) return "";
  if (r < 0.3) return null;
  if (r < 0.45) return Math.floor(rand() * 60000) - 100;
  if (r < 0.5) return rand() * 1e6 - 5e5;
  if (r < 0.53) return [Number.NaN, Infinity, -0, 1e300][Math.floor(rand() * 4)];
  if (r < 0.58) return rand() < 0.5;
  if (r < 0.65) return EXCEL_ERRORS[Math.floor(rand() * EXCEL_ERRORS.length)];
  if (r < 0.9) return WORDS[Math.floor(rand() * WORDS.length)];
  return String.fromCharCode(
    ...Array.from({ length: Math.floor(rand() * 12) }, () => Math.floor(rand() * 0x2fff))
  );
}

function randomSheet(rand: () => number, index: number): RawSheet {
  const rows = rand() < 0.1 ? 0 : Math.floor(rand() * (rand() < 0.2 ? 201 : 30));
  const cols = rows === 0 ? 0 : 1 + Math.floor(rand() * (rand() < 0.2 ? 50 : 12));
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const headerAt = rand() < 0.6 ? Math.floor(rand() * Math.min(rows, 22)) : -1;
  for (let r = 0; r < rows; r++) {
    // Rows may be ragged, as some doors hand them over.
    const width = rand() < 0.1 ? Math.floor(rand() * cols) : cols;
    values.push(
      Array.from({ length: width }, () =>
        r === headerAt || (r === headerAt + 1 && rand() < 0.3)
          ? ALL_HEADERS[Math.floor(rand() * ALL_HEADERS.length)]
          : randomCell(rand)
      )
    );
    numberFormats.push(
      Array.from({ length: width }, () => (rand() < 0.2 ? "dd/mm/yyyy" : "General"))
    );
  }
  const origin =
    rand() < 0.8
      ? "A1"
      : `${["B", "C", "AA"][Math.floor(rand() * 3)]}${1 + Math.floor(rand() * 9)}`;
  const name =
    SHEET_NAMES[Math.floor(rand() * SHEET_NAMES.length)] +
    (index > 0 && rand() < 0.3 ? ` ${index}` : "");
  return { name, origin, values, ...(rand() < 0.8 ? { numberFormats } : {}) };
}

/**
 * Where a finding may point: a cell inside its sheet's grid (rows and columns of the used range,
 * offset by its origin), or the documented sheet-level position A1 of a missing sheet's default name.
 */
function pointsInside(
  f: { sheet: string; row: number; column: string; code: string },
  sheets: RawSheet[]
): boolean {
  const sheet = sheets.find((s) => s.name === f.sheet);
  if (!sheet) return f.code.endsWith(".sheet.missing") && f.row === 1 && f.column === "A";
  const o = parseCellAddress(sheet.origin) ?? { row: 1, column: 1 };
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const col = columnIndex(f.column);
  return (
    f.row >= o.row &&
    f.row < o.row + sheet.values.length &&
    col >= o.column &&
    col < o.column + width
  );
}

describe("random grids through checkWorkbook", () => {
  const CASES = 300;
  it(`never throws and points every finding inside its grid (${CASES} seeded cases)`, () => {
    let findings = 0;
    let rowsRead = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const rand = prng(seed);
      const sheets: RawSheet[] = [];
      for (let i = Math.floor(rand() * 5); i > 0; i--) {
        const sheet = randomSheet(rand, i);
        // Excel keeps tab names unique.
        if (!sheets.some((s) => s.name === sheet.name)) sheets.push(sheet);
      }
      const raw = { sheets, date1904: rand() < 0.2 };
      let result: ReturnType<typeof checkWorkbook>;
      try {
        result = checkWorkbook(raw, defaultSettings(), {
          today: "2026-11-28",
          reference: national.current,
        });
      } catch (err) {
        throw new Error(`seed ${seed} threw: ${String(err)}`);
      }
      for (const f of result.findings) {
        if (!isFindingCode(f.code)) throw new Error(`seed ${seed}: ${f.code} is not registered`);
        // A cell finding names its column's key, and the key is where the column was found.
        const letters = f.sheetKind ? result.typed.locations[f.sheetKind]?.columns : undefined;
        const keyed = f.columnKey ? letters?.[f.columnKey] === f.column : /\.sheet\./.test(f.code);
        if (!keyed)
          throw new Error(`seed ${seed}: ${f.code} at ${f.column} has key ${f.columnKey}`);
        if (!pointsInside(f, sheets))
          throw new Error(
            `seed ${seed}: ${f.code} at ${f.sheet}!${f.column}${f.row} is outside ${JSON.stringify(sheets.map((s) => [s.name, s.origin, s.values.length, Math.max(0, ...s.values.map((r) => r.length))]))}`
          );
      }
      const schemas = [
        [FairRow, result.typed.fairs],
        [ExhibitRow, result.typed.exhibits],
        [ProductRow, result.typed.products],
      ] as const;
      for (const [schema, rows] of schemas) {
        for (const r of rows) {
          const parsed = schema.safeParse(r);
          if (!parsed.success)
            throw new Error(
              `seed ${seed}: ${JSON.stringify(r)} fails its schema: ${parsed.error.message}`
            );
        }
      }
      findings += result.findings.length;
      rowsRead +=
        result.typed.fairs.length + result.typed.exhibits.length + result.typed.products.length;
    }
    // The grids are random, not empty of meaning: real headers make the engine read rows.
    expect(findings).toBeGreaterThan(CASES);
    expect(rowsRead).toBeGreaterThan(CASES);
  });
});
