/**
 * Turns the official CSV lists (this folder) into the compact reference data the core loads on
 * demand (`src/core/reference/data/national.json`). Pure: texts in, text out, so a test can
 * check the checked-in file against it.
 */

/** The order fixes each type's index in the data: keep it, or regenerate and bump nothing else. */
export const UNIT_TYPES = ["xã", "phường", "đặc khu", "huyện", "quận", "thị xã", "thành phố"];
const PROVINCE_TYPES = ["tỉnh", "thành phố"];

export interface ReferenceSources {
  /** tinh-2025-07-01.csv */
  provinces: string;
  /** don-vi-cap-xa-2025-07-01.csv */
  communes: string;
  /** don-vi-cap-huyen-2025-03-01.csv */
  districts: string;
}

type UnitEntry = [name: string, typeIndex: number];
type ProvinceEntry = [code: string, name: string, type: string, units: UnitEntry[]];

export function generateReferenceData(sources: ReferenceSources): string {
  const provinces = new Map<string, ProvinceEntry>();
  for (const row of readCsv(sources.provinces, ["ma_tinh", "ten", "loai"])) {
    provinces.set(row.ma_tinh, [row.ma_tinh, row.ten, provinceType(row.loai), []]);
  }
  for (const row of readCsv(sources.communes, ["ma_tinh", "tinh", "ma_xa", "ten", "loai"])) {
    const province = provinces.get(row.ma_tinh);
    if (!province || province[1] !== row.tinh) {
      throw new Error(`commune ${row.ma_xa}: unknown province ${row.ma_tinh} ${row.tinh}`);
    }
    province[3].push([row.ten, typeIndex(row.loai)]);
  }
  const districts = new Map<string, ProvinceEntry>();
  const districtColumns = ["ma_tinh", "tinh", "loai_tinh", "ma_huyen", "ten", "loai"];
  for (const row of readCsv(sources.districts, districtColumns)) {
    const province = districts.get(row.ma_tinh) ?? [
      row.ma_tinh,
      row.tinh,
      provinceType(row.loai_tinh),
      [],
    ];
    districts.set(row.ma_tinh, province);
    province[3].push([row.ten, typeIndex(row.loai)]);
  }
  const byCode = (a: ProvinceEntry, b: ProvinceEntry) => a[0].localeCompare(b[0]);
  const lines = (list: ProvinceEntry[]) =>
    list
      .sort(byCode)
      .map((p) => "    " + JSON.stringify(p))
      .join(",\n");
  // One province per line: a change to the sources reads as a small diff.
  return [
    "{",
    `  "generatedBy": "npm run reference (scripts/build-reference-data.ts)",`,
    `  "unitTypes": ${JSON.stringify(UNIT_TYPES)},`,
    `  "provinces": [\n${lines([...provinces.values()])}\n  ],`,
    `  "districts": [\n${lines([...districts.values()])}\n  ]`,
    "}",
    "",
  ].join("\n");
}

function typeIndex(type: string): number {
  const index = UNIT_TYPES.indexOf(type);
  if (index < 0) throw new Error(`unknown unit type "${type}"`);
  return index;
}

function provinceType(type: string): string {
  if (!PROVINCE_TYPES.includes(type)) throw new Error(`unknown province type "${type}"`);
  return type;
}

/** The sources are plain CSV without quoting; anything else is refused rather than misread. */
function readCsv(text: string, columns: readonly string[]): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const header = lines[0]?.split(",") ?? [];
  if (header.join(",") !== columns.join(",")) {
    throw new Error(`expected columns ${columns.join(",")}, found ${header.join(",")}`);
  }
  return lines.slice(1).map((line, i) => {
    const cells = line.split(",");
    if (line.includes('"') || cells.length !== columns.length) {
      throw new Error(`line ${i + 2}: expected ${columns.length} plain cells: ${line}`);
    }
    const row: Record<string, string> = {};
    columns.forEach((c, j) => (row[c] = cells[j].normalize("NFC").trim()));
    return row;
  });
}
