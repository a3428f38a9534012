import { checkWorkbook, type CheckOptions } from "../../../src/core/check";
import type { RawSheet, RawWorkbook } from "../../../src/core/sheets/rawSheet";
import type { Settings } from "../../../src/core/settings";
import { fold } from "../../../src/core/text/fold";

/**
 * A workbook cut into `parts` unit workbooks, as units keep them: each unit's ranked products
 * and exhibits (units dealt out in name order), and the fairs its exhibits point at (so a fair
 * shown by two units is in both files). A fair no exhibit points at goes to the first part.
 */
export function splitByUnit(
  raw: RawWorkbook,
  settings: Settings,
  options: CheckOptions,
  parts: number
): RawWorkbook[] {
  const { typed } = checkWorkbook(raw, settings, options);
  const units = [
    ...new Set([...typed.products, ...typed.exhibits].map((r) => fold(r.district ?? ""))),
  ].sort();
  const partOf = (district: string | undefined) => units.indexOf(fold(district ?? "")) % parts;
  return Array.from({ length: parts }, (_, p) => {
    const exhibits = typed.exhibits.filter((e) => partOf(e.district) === p);
    const shown = new Set(exhibits.map((e) => fold(e.fairCode ?? "")));
    const pointed = new Set(typed.exhibits.map((e) => fold(e.fairCode ?? "")));
    const fairs = typed.fairs.filter(
      (f) => shown.has(fold(f.fairCode ?? "")) || (p === 0 && !pointed.has(fold(f.fairCode ?? "")))
    );
    const products = typed.products.filter((r) => partOf(r.district) === p);
    const keep: Record<string, Set<number>> = {
      fairs: new Set(fairs.map((r) => r.row)),
      exhibits: new Set(exhibits.map((r) => r.row)),
      products: new Set(products.map((r) => r.row)),
    };
    return {
      ...raw,
      sheets: raw.sheets.map((sheet) => {
        const kind = (["fairs", "exhibits", "products"] as const).find(
          (k) => typed.locations[k]?.sheet === sheet.name
        );
        if (!kind) return sheet;
        return keepRows(sheet, typed.locations[kind]!.headerRow, keep[kind]);
      }),
    };
  });
}

/** The sheet with its title and header rows and only the data rows listed (Excel row numbers). */
function keepRows(sheet: RawSheet, headerRow: number, rows: ReadonlySet<number>): RawSheet {
  const top = Number(/\d+/.exec(sheet.origin)?.[0] ?? 1);
  const pick = sheet.values.map((_, i) => i + top <= headerRow || rows.has(i + top));
  return {
    ...sheet,
    values: sheet.values.filter((_, i) => pick[i]),
    ...(sheet.numberFormats
      ? { numberFormats: sheet.numberFormats.filter((_, i) => pick[i]) }
      : {}),
  };
}
