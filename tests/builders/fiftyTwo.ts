import { EXHIBITS, FAIRS, PRODUCTS, type SheetSpec } from "../../src/core/sheets/columns";
import type { CellValue, RawSheet, RawWorkbook } from "../../src/core/sheets/rawSheet";
import { sampleWorkbook } from "../../src/core/sample";
import { fromUnicode } from "../../src/core/text/encodings";

/**
 * A realistic 52-finding workbook, the size issue 16's officer tried: the An Giang 2023 sample
 * with its 6 planted mistakes and 46 more (37 of the 52 carry a suggestion) of the kinds offices make. Some have a known fix
 * (old-encoding names, stray spaces, misspelt units and fair codes), some need a value typed
 * by hand (dates, stars, counts), and some can only be fixed in the sheet's structure.
 * Deterministic: the same workbook every time.
 */
export function fiftyTwoWorkbook(): RawWorkbook {
  const wb = sampleWorkbook({ mistakes: true });
  const fairs = wb.sheets.find((s) => s.name === FAIRS.defaultName)!;
  const exhibits = wb.sheets.find((s) => s.name === EXHIBITS.defaultName)!;
  const products = wb.sheets.find((s) => s.name === PRODUCTS.defaultName)!;
  const ex = plant(exhibits, EXHIBITS, 1);
  const pr = plant(products, PRODUCTS, 3);

  // Producers typed in TCVN3 (a known fix each).
  for (const row of [6, 9, 13, 17, 25, 33, 38, 41])
    ex(row, "producer", (v) => fromUnicode(String(v), "tcvn3"));
  // Stray spaces in product names (a known fix each).
  for (const row of [7, 11, 15, 28, 36, 42]) ex(row, "product", (v) => `  ${String(v)}  `);
  // Misspelt units (a suggestion each).
  ex(23, "district", () => "Châu Đôc");
  ex(31, "district", () => "Tri Ton");
  ex(39, "district", () => "Long Xuyen");
  // Fair codes typed loosely (a suggestion each).
  ex(2, "fairCode", () => "HC-2023-1");
  ex(30, "fairCode", () => "HC 2023-02");
  // Counts that need typing: text, negative, blank.
  for (const row of [10, 18, 26]) ex(row, "count", () => "mười");
  ex(34, "count", () => -3);
  ex(37, "count", () => "");
  // Stars on an exhibit that disagree with nothing we can fix: out of range.
  ex(12, "stars", () => 6);
  ex(21, "stars", () => "4 sao");

  // The products sheet: dates typed as text, a month-first date, stars beside their score.
  pr(6, "decisionDate", () => "31/02/2023");
  pr(9, "decisionDate", () => "2023.05.12");
  pr(12, "expiryDate", () => "");
  pr(15, "stars", () => 5);
  pr(18, "score", () => 101);
  pr(21, "producerType", () => "Hợp tác xa");
  pr(24, "group", () => "Thực phẩm");
  pr(27, "decisionNo", () => "");
  pr(13, "producer", () => fromUnicode("Hợp tác xã Nông nghiệp Phú An", "tcvn3"));
  pr(16, "product", () => "Mắm  cá linh ");
  for (const row of [2, 5, 8, 20]) pr(row, "producer", (v) => fromUnicode(String(v), "tcvn3"));
  for (const row of [3, 22, 25]) pr(row, "product", (v) => `${String(v)} `);
  pr(24, "decisionDate", () => "15-13-2022");
  pr(28, "score", () => "bảy mươi");
  pr(33, "decisionNo", () => "");
  ex(24, "district", () => "Chau Đốcc");
  ex(40, "district", () => "Tịnh Biêng");

  // The fairs sheet: a name with a doubled space, a province misspelt.
  const fa = plant(fairs, FAIRS, 1);
  fa(1, "name", (v) => String(v).replace(" ", "  "));
  fa(2, "province", () => "Hậu Giangg");
  return wb;
}

/** Sets the cell in data row `n` (1-based under the header) and column `key` of `sheet`. */
function plant(sheet: RawSheet, spec: SheetSpec, headerRow: number) {
  return (n: number, key: string, to: (was: CellValue) => CellValue): void => {
    const col = spec.columns.findIndex((c) => c.key === key);
    if (col < 0) throw new Error(`no column ${key} in ${spec.defaultName}`);
    const row = sheet.values[headerRow - 1 + n];
    if (!row) throw new Error(`${spec.defaultName} has no data row ${n}`);
    row[col] = to(row[col]);
    if (sheet.numberFormats) sheet.numberFormats[headerRow - 1 + n][col] = "General";
  };
}
