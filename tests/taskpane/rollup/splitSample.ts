import { sampleWorkbook } from "../../../src/core/sample";
import { EXHIBITS, FAIRS, PRODUCTS, type SheetSpec } from "../../../src/core/sheets/columns";
import { findHeader } from "../../../src/core/sheets/findHeader";
import type { CellValue, RawSheet, RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { fold } from "../../../src/core/text/fold";

export interface UnitWorkbook {
  name: string;
  raw: RawWorkbook;
}

/** The sheet's title and header rows, and its data rows (with their formats). */
function partsOf(sheet: RawSheet, spec: SheetSpec) {
  const header = findHeader(sheet.values, spec)!;
  const top = header.headerIndex + 1;
  const formats = sheet.numberFormats ?? sheet.values.map((r) => r.map(() => "General"));
  return {
    header,
    head: { values: sheet.values.slice(0, top), formats: formats.slice(0, top) },
    rows: sheet.values.slice(top).map((values, i) => ({ values, formats: formats[top + i] })),
  };
}

type Part = ReturnType<typeof partsOf>;

function sheetOf(sheet: RawSheet, part: Part, rows: Part["rows"]): RawSheet {
  return {
    name: sheet.name,
    origin: sheet.origin,
    values: [...part.head.values, ...rows.map((r) => r.values)],
    numberFormats: [...part.head.formats, ...rows.map((r) => r.formats)],
  };
}

/**
 * The sample split into `units` unit workbooks, as districts would keep it: ranked products and
 * exhibits by district, each unit with the fairs its exhibits name (a fair shown by two units is
 * in both). Fairs no exhibit names go to the first unit.
 */
export function splitSample(
  units = 3,
  options: { mistakes?: boolean; year?: 2023 | 2026 } = {}
): UnitWorkbook[] {
  const raw = sampleWorkbook({ mistakes: options.mistakes ?? false, year: options.year });
  const [fairsSheet, exhibitsSheet, productsSheet] = raw.sheets;
  const fairs = partsOf(fairsSheet, FAIRS);
  const exhibits = partsOf(exhibitsSheet, EXHIBITS);
  const products = partsOf(productsSheet, PRODUCTS);
  const at = (part: Part, key: string) => part.header.columns.get(key)!;
  const districtOf = (part: Part, values: CellValue[]) =>
    fold(String(values[at(part, "district")] ?? ""));
  const districts = [
    ...new Set([
      ...products.rows.map((r) => districtOf(products, r.values)),
      ...exhibits.rows.map((r) => districtOf(exhibits, r.values)),
    ]),
  ].sort();
  const unitOf = (d: string) => districts.indexOf(d) % units;

  return Array.from({ length: units }, (_, u) => {
    const myExhibits = exhibits.rows.filter((r) => unitOf(districtOf(exhibits, r.values)) === u);
    const codes = new Set(myExhibits.map((r) => String(r.values[at(exhibits, "fairCode")])));
    const shown = new Set(exhibits.rows.map((r) => String(r.values[at(exhibits, "fairCode")])));
    const myFairs = fairs.rows.filter((r) => {
      const code = String(r.values[at(fairs, "fairCode")]);
      return codes.has(code) || (u === 0 && !shown.has(code));
    });
    const myProducts = products.rows.filter((r) => unitOf(districtOf(products, r.values)) === u);
    return {
      name: `don-vi-${u + 1}.xlsx`,
      raw: {
        sheets: [
          sheetOf(fairsSheet, fairs, myFairs),
          sheetOf(exhibitsSheet, exhibits, myExhibits),
          sheetOf(productsSheet, products, myProducts),
        ],
      },
    };
  });
}
