import type { ActivityKind, Finding } from "../findings/finding";
import { raise } from "../findings/raise";
import { columnLetter } from "./address";
import { CouncilRow, TrainingRow } from "./activityRows";
import { isBlank } from "./cellText";
import { ACTIVITY_SHEETS } from "./columns";
import type { ReadContext } from "./columnReader";
import type { IdentifiedSheet } from "./identifySheets";
import { rowParser } from "./parseRow";
import { ACTIVITY_PROVINCE_UNKNOWN_CODE, ACTIVITY_SHEET_CODES } from "./readerCodes";
import { readSheetRows } from "./readSheetRows";
import type { SheetLocation } from "./rows";
import { sheetOrigin } from "./sheetFindings";

export interface ActivityRead {
  training?: TrainingRow[];
  councils?: CouncilRow[];
  locations: Partial<Record<ActivityKind, SheetLocation>>;
  findings: Finding[];
}

/**
 * The optional activity sheets (issue 11), read as the tracking sheets are: cells coerced to
 * their column's type, units on the row's date. A sheet that is not there is no finding; one
 * that is there without a header or a required column is, as for the tracking sheets.
 * `provinceUnknown`: no listed units and the settings' province is not in the reference.
 */
export function readActivitySheets(
  found: ReadonlyMap<string, IdentifiedSheet>,
  ctx: ReadContext,
  provinceUnknown?: string
): ActivityRead {
  const out: ActivityRead = { locations: {}, findings: [] };
  for (const spec of ACTIVITY_SHEETS) {
    const hit = found.get(spec.kind);
    if (!hit) continue;
    const { sheet, header } = hit;
    const codes = ACTIVITY_SHEET_CODES[spec.kind];
    const origin = sheetOrigin(sheet);
    if (!header) {
      out.locations[spec.kind] = { sheet: sheet.name, headerRow: 0, columns: {} };
      if (sheet.values.some((row) => row.some((v) => !isBlank(v))))
        out.findings.push(
          raise(
            codes.noHeader,
            {
              sheet: sheet.name,
              sheetKind: spec.kind,
              row: origin.row,
              column: columnLetter(origin.column),
            },
            {}
          )
        );
      continue;
    }
    const read = readSheetRows(sheet, spec, header, ctx);
    out.locations[spec.kind] = {
      sheet: sheet.name,
      headerRow: read.headerRow,
      columns: read.letters,
    };
    for (const col of spec.columns) {
      if (col.required !== true || header.columns.has(col.key)) continue;
      out.findings.push(
        raise(
          codes.missingColumn,
          {
            sheet: sheet.name,
            sheetKind: spec.kind,
            row: read.headerRow,
            column: columnLetter(origin.column),
          },
          { params: { header: col.header, key: col.key } }
        )
      );
    }
    out.findings.push(...read.findings);
    if (spec.kind === "training") {
      out.training = read.rows.map(rowParser(TrainingRow));
      continue;
    }
    out.councils = read.rows.map(rowParser(CouncilRow));
    if (provinceUnknown !== undefined && header.columns.has("unit"))
      out.findings.push(
        raise(
          ACTIVITY_PROVINCE_UNKNOWN_CODE,
          {
            sheet: sheet.name,
            sheetKind: spec.kind,
            row: read.headerRow,
            column: read.letters.unit,
            columnKey: "unit",
          },
          { value: provinceUnknown, params: { province: provinceUnknown } }
        )
      );
  }
  return out;
}
