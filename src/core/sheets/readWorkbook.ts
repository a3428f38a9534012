import type { Finding } from "../findings/finding";
import { raise } from "../findings/raise";
import {
  isProvinceName,
  nearestProvinceNames,
  type NationalReference,
} from "../reference/national";
import type { Settings, Unit } from "../settings";
import { fold } from "../text/fold";
import { columnLetter } from "./address";
import { isBlank } from "./cellText";
import { TRACKING_SHEETS } from "./columns";
import { identifySheets } from "./identifySheets";
import { listUnits } from "./listUnits";
import type { RawWorkbook } from "./rawSheet";
import type { ReadContext } from "./columnReader";
import { PROVINCE_UNKNOWN_CODES } from "./readerCodes";
import { readSheetRows, type TypedCells } from "./readSheetRows";
import { parseRow } from "./parseRow";
import { readActivitySheets } from "./readActivitySheets";
import { rowsWithErrors } from "./rowsWithErrors";
import { ExhibitRow, FairRow, ProductRow, type SheetLocation, type TypedWorkbook } from "./rows";
import { missingColumn, missingSheet, noHeader, sheetOrigin } from "./sheetFindings";

/**
 * Raw grids → typed rows + reading findings (domain.md §2, §5): sheets identified by name or
 * header, the header row found, each cell coerced to its column's type. Cross-row and
 * cross-sheet rules are not here (core/rules).
 *
 * Sheet-level findings: a missing tracking sheet points at A1 of its default name (a warning
 * while another tracking sheet exists, an error when none does); a sheet without a readable
 * header at the first cell of its grid; a missing required column at column A of the header row.
 */
export function readWorkbook(
  raw: RawWorkbook,
  settings: Settings,
  options: { today: string; reference: NationalReference }
): { typed: TypedWorkbook; findings: Finding[] } {
  const typed: TypedWorkbook = {
    fairs: [],
    exhibits: [],
    products: [],
    locations: {},
    rowsWithErrors: {},
  };
  const findings: Finding[] = [];
  const found = identifySheets(raw.sheets ?? []);

  const { reference } = options;
  const lists = found.get("lists");
  if (lists) {
    typed.locations.lists = location(lists.sheet.name, lists.header, lists.sheet);
  }
  const national = nationalUnits(settings.province, reference, options.today);
  const fromLists = lists ? listUnits(lists.sheet, lists.header, national.known) : undefined;
  // The report names rows by the units the user listed, as the check reads them.
  if (fromLists && fromLists.length > 0) typed.listUnits = fromLists;
  const listed = settings.units ?? fromLists;
  const provinceKnown = isProvinceName(settings.province);
  const fairDates = new Map<string, string>();
  const ctx: ReadContext = {
    date1904: Boolean(raw.date1904),
    units: listed,
    today: options.today,
    ...(provinceKnown ? { national: { reference, province: settings.province } } : {}),
    unitNames: national.known.map((u) => u.name),
    exhibitDate: (fairCode) => fairDates.get(fold(fairCode)),
  };

  const anyTracking = TRACKING_SHEETS.some((s) => found.has(s.kind));
  for (const spec of TRACKING_SHEETS) {
    const hit = found.get(spec.kind);
    if (!hit) {
      findings.push(missingSheet(spec, anyTracking ? "warning" : "error"));
      continue;
    }
    const { sheet, header } = hit;
    if (!header) {
      typed.locations[spec.kind] = { sheet: sheet.name, headerRow: 0, columns: {} };
      if (sheet.values.some((row) => row.some((v) => !isBlank(v)))) {
        const o = sheetOrigin(sheet);
        findings.push(
          noHeader(spec.kind, sheet.name, {
            row: o.row,
            column: columnLetter(o.column),
          })
        );
      }
      continue;
    }
    const read = readSheetRows(sheet, spec, header, ctx);
    typed.locations[spec.kind] = {
      sheet: sheet.name,
      headerRow: read.headerRow,
      columns: read.letters,
    };
    const origin = sheetOrigin(sheet);
    for (const col of spec.columns) {
      if (col.required !== true || header.columns.has(col.key)) continue;
      findings.push(
        missingColumn(
          spec.kind,
          sheet.name,
          { row: read.headerRow, column: columnLetter(origin.column) },
          { header: col.header, key: col.key }
        )
      );
    }
    findings.push(...read.findings);
    if (!listed && !provinceKnown && spec.kind !== "fairs" && header.columns.has("district")) {
      const column = read.letters.district;
      findings.push(
        raise(
          PROVINCE_UNKNOWN_CODES[spec.kind],
          {
            sheet: sheet.name,
            sheetKind: spec.kind,
            row: read.headerRow,
            column,
            columnKey: "district",
          },
          {
            value: settings.province,
            params: provinceUnknownParams(settings.province),
          }
        )
      );
    }
    if (spec.kind === "fairs") {
      typed.fairs = read.rows.map((r) => parseRow(FairRow, r));
      // The first fair of a code dates its exhibits (a repeated code is its own finding).
      for (const fair of typed.fairs)
        if (fair.fairCode && fair.startDate && !fairDates.has(fold(fair.fairCode)))
          fairDates.set(fold(fair.fairCode), fair.startDate);
    } else if (spec.kind === "exhibits")
      typed.exhibits = read.rows.map((r) => parseRow(ExhibitRow, withCount(r)));
    else typed.products = read.rows.map((r) => parseRow(ProductRow, r));
  }
  // The optional activity sheets (issue 11): no finding when they are not there.
  const activities = readActivitySheets(
    found,
    ctx,
    !listed && !provinceKnown ? settings.province : undefined
  );
  Object.assign(typed.locations, activities.locations);
  if (activities.training) typed.training = activities.training;
  if (activities.councils) typed.councils = activities.councils;
  findings.push(...activities.findings);
  typed.rowsWithErrors = rowsWithErrors(typed.locations, findings);
  return { typed, findings };
}

/** An exhibit's empty count is one showing (domain.md §2.2). */
function withCount(row: TypedCells): TypedCells {
  if (row.count === undefined) row.count = 1;
  return row;
}

function location(
  sheet: string,
  header: { headerIndex: number; columns: Map<string, number> } | undefined,
  raw: Parameters<typeof sheetOrigin>[0]
): SheetLocation {
  if (!header) return { sheet, headerRow: 0, columns: {} };
  const o = sheetOrigin(raw);
  const columns: Record<string, string> = {};
  for (const [key, index] of header.columns) columns[key] = columnLetter(o.column + index);
  return { sheet, headerRow: o.row + header.headerIndex, columns };
}

/** The reference units of the province in both eras: the lists sheet's names take their types. */
function nationalUnits(
  province: string,
  reference: NationalReference,
  today: string
): { known: Unit[] } {
  const before = reference.unitsOf(province, "2025-06-30") ?? [];
  const after = reference.unitsOf(province, today >= "2025-07-01" ? today : "2025-07-01") ?? [];
  return { known: [...before, ...after] };
}

function provinceUnknownParams(province: string): { province: string; nearest?: string } {
  const [nearest] = nearestProvinceNames(province);
  return nearest ? { province, nearest } : { province };
}
