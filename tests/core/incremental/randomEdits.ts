import type { CellValue, RawSheet, RawWorkbook } from "../../../src/core/sheets/rawSheet";
import {
  aFair,
  aGrid,
  anExhibit,
  aProduct,
  excelSerial,
  specOf,
  type RawRow,
} from "../../builders";

/**
 * Random tracking workbooks whose rows share a few fair codes and product names (spelled with
 * and without marks, in other cases), so duplicates, unknown codes, ranked matches, expiry and
 * re-evaluation all fire; and random edits of them as a user makes them in live mode.
 */
const CODES = ["HC01", "HC02", "hc02", "HC03", "HC04"];
const PRODUCTS = ["Khô bò", "kho bo", "Mắm cá linh", "Đường thốt nốt", "Trà sen", "Gạo thơm"];
const PRODUCERS = ["Cơ sở A", "Co so A.", "HTX B", "Cơ sở C", ""];
const DATES = ["2020-05-10", "2021-12-01", "2022-06-15", "2023-03-15", "2023-09-14", "2024-02-01"];
const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)];

/** What a user may type into a cell of the given column (good values, typos and garbage). */
function valueFor(rand: () => number, key: string): CellValue {
  const r = rand();
  if (r < 0.1) return "";
  if (r < 0.15) return pick(rand, ["#N/A", "abc", 0, -3, "  Khô  bò ", "Tổng cộng"]);
  switch (key) {
    case "fairCode":
      return pick(rand, [...CODES, "HC09", "HC0l"]);
    case "product":
      return pick(rand, PRODUCTS);
    case "producer":
      return pick(rand, PRODUCERS);
    case "stars":
      return pick(rand, [1, 2, 3, 4, 5, "4 sao", ""]);
    case "score":
      return pick(rand, [45, 55, 72, 85, 95, 120]);
    case "category":
      return pick(rand, ["OCOP", "Đặc sản", "Khác", "OCOP"]);
    case "decisionDate":
    case "startDate":
    case "endDate":
      return rand() < 0.5 ? pick(rand, DATES) : excelSerial(pick(rand, DATES));
    case "level":
      return pick(rand, ["tỉnh", "trung ương", "huyện"]);
    case "district":
      return pick(rand, ["Tịnh Biên", "Chợ Mới", "Long Xuyên", "Nowhere"]);
    default:
      return pick(rand, ["", "x", 3, "2023-05-05"]);
  }
}

function aFairRow(rand: () => number): RawRow {
  const start = pick(rand, DATES);
  return aFair({ fairCode: pick(rand, CODES), startDate: start, endDate: start });
}

function anExhibitRow(rand: () => number): RawRow {
  return anExhibit({
    fairCode: pick(rand, [...CODES, "HC09"]),
    product: pick(rand, PRODUCTS),
    producer: pick(rand, PRODUCERS),
    category: rand() < 0.7 ? "OCOP" : "Đặc sản",
    stars: pick(rand, [3, 4, 5, ""]),
  });
}

function aProductRow(rand: () => number, seq: number): RawRow {
  const stars = pick(rand, [3, 4, 5]);
  return aProduct({
    seq,
    product: pick(rand, PRODUCTS),
    producer: pick(rand, PRODUCERS),
    stars,
    score: stars === 3 ? 60 : stars === 4 ? 80 : 92,
    decisionDate: pick(rand, DATES),
    productCode: "",
  });
}

export function aRandomWorkbook(rand: () => number): RawWorkbook {
  const fairs = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => aFairRow(rand));
  const exhibits = Array.from({ length: 10 + Math.floor(rand() * 40) }, () => anExhibitRow(rand));
  const products = Array.from({ length: 5 + Math.floor(rand() * 15) }, (_, i) =>
    aProductRow(rand, i + 1)
  );
  const titles = rand() < 0.3 ? { titleRows: [["DANH SÁCH SẢN PHẨM TRƯNG BÀY"], []] } : {};
  return {
    sheets: [
      aGrid("fairs", fairs),
      aGrid("exhibits", exhibits, titles),
      aGrid("products", products),
      ...(rand() < 0.3 ? [{ name: "Ghi chú", origin: "A1", values: [["note"]] } as RawSheet] : []),
    ],
  };
}

/** One random edit, made in place or as a fresh row array; returns what it did. */
export function editAtRandom(rand: () => number, raw: RawWorkbook): string {
  const r = rand();
  const sheetIndex = r < 0.5 ? 1 : r < 0.85 ? 2 : 0;
  const sheet = raw.sheets[sheetIndex];
  const header = sheet.values.findIndex((row) =>
    row.some((v) => KEY_OF.get(String(v)) === "product" || KEY_OF.get(String(v)) === "fairCode")
  );
  const keys = headerKeys(sheet, header);
  const dataRows = sheet.values.length - header - 1;
  const e = rand();
  const at = header + 1 + Math.floor(rand() * Math.max(1, dataRows));
  const col = Math.floor(rand() * keys.length);
  const replaceRow = (next: CellValue[]) => {
    if (rand() < 0.5) sheet.values[at] = next;
    else next.forEach((v, i) => (sheet.values[at][i] = v));
  };
  if (e < 0.03) {
    sheet.values[header][0] = "Cột lạ"; // a header edited: a whole check
    return `${sheet.name}: header`;
  }
  if (e < 0.1) {
    const row = sheet.values[header + 1 + Math.floor(rand() * Math.max(1, dataRows))] ?? [];
    sheet.values.push(row.slice());
    sheet.numberFormats?.push(row.map(() => "General"));
    return `${sheet.name}: row copied to the bottom`;
  }
  if (e < 0.15 && dataRows > 1) {
    sheet.values.length -= 1;
    if (sheet.numberFormats) sheet.numberFormats.length = sheet.values.length;
    return `${sheet.name}: last row dropped`;
  }
  if (at >= sheet.values.length) return "nothing";
  if (e < 0.22) {
    replaceRow(sheet.values[at].map(() => ""));
    return `${sheet.name}!${at}: row cleared`;
  }
  if (e < 0.35) {
    // A duplicate made (or undone): another row's product and producer copied.
    const other = sheet.values[header + 1 + Math.floor(rand() * dataRows)];
    const next = sheet.values[at].slice();
    for (const k of ["product", "producer", "fairCode"]) {
      const i = keys.indexOf(k);
      if (i >= 0 && other) next[i] = other[i];
    }
    replaceRow(next);
    return `${sheet.name}!${at}: copied another row's keys`;
  }
  if (e < 0.42 && sheetIndex === 2) {
    const i = keys.indexOf("decisionDate");
    sheet.numberFormats![at][i] = rand() < 0.5 ? "dd/mm/yyyy" : "General";
    sheet.values[at][i] = excelSerial(pick(rand, DATES));
    return `${sheet.name}!${at}: decision date as a serial`;
  }
  const next = sheet.values[at].slice();
  next[col] = valueFor(rand, keys[col]);
  replaceRow(next);
  return `${sheet.name}!${at}: ${keys[col]} = ${String(next[col])}`;
}

const KEY_OF = new Map(
  (["fairs", "exhibits", "products"] as const).flatMap((kind) =>
    specOf(kind).columns.map((c) => [c.header, c.key] as const)
  )
);

/** The column keys of a builder grid by its header texts (unknown headers edit as text). */
function headerKeys(sheet: RawSheet, header: number): string[] {
  return (sheet.values[header] ?? []).map((h) => KEY_OF.get(String(h)) ?? String(h));
}
