import type { Finding, Severity, SheetKind } from "../findings/finding";
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
import { findHistoryLayout } from "./history/historyHeader";
import { readHistoryRows } from "./history/readHistoryRows";
import { identifySheets } from "./identifySheets";
import { listUnits } from "./listUnits";
import { noteFindings } from "./noteFindings";
import type { RawWorkbook } from "./rawSheet";
import type { ReadContext } from "./columnReader";
import { PROVINCE_UNKNOWN_CODES } from "./readerCodes";
import { readSheetRows, type TypedCells } from "./readSheetRows";
import { rowParser } from "./parseRow";
import { readActivitySheets } from "./readActivitySheets";
import { rowsWithErrors } from "./rowsWithErrors";
import { ExhibitRow, FairRow, ProductRow, type SheetLocation, type TypedWorkbook } from "./rows";
import { missingColumn, missingSheet, noHeader, sheetOrigin } from "./sheetFindings";

/**
 * Raw grids → typed rows + reading findings (domain.md §2, §5): sheets identified by name or
 * header, the header row found, each cell coerced to its column's type. Cross-row and
 * cross-sheet rules are not here (core/rules).
 *
 * Sheet-level findings: a missing tracking sheet points at A1 of its default name (an error when
 * no tracking sheet exists; info in a products-only workbook, which many offices keep; else a
 * warning); a sheet without a readable
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
  // Every exhibit row asks for its fair's date: a sheet names few fairs, folded once each.
  const folded = new Map<string, string>();
  const foldedCode = (code: string): string => {
    let key = folded.get(code);
    if (key === undefined) folded.set(code, (key = fold(code)));
    return key;
  };
  const ctx: ReadContext = {
    date1904: Boolean(raw.date1904),
    units: listed,
    today: options.today,
    ...(provinceKnown ? { national: { reference, province: settings.province } } : {}),
    unitNames: national.known.map((u) => u.name),
    exhibitDate: (fairCode) => fairDates.get(foldedCode(fairCode)),
  };

  findings.push(...noteFindings(raw.notes, found));
  const missing = missingSheetSeverity(found);
  for (const spec of TRACKING_SHEETS) {
    const hit = found.get(spec.kind);
    if (!hit) {
      findings.push(missingSheet(spec, missing, productsOnly(found)));
      continue;
    }
    const { sheet } = hit;
    // A ranked list kept as a recognition history (a layout from the field, history/).
    const history = spec.kind === "products" ? findHistoryLayout(sheet.values) : undefined;
    const header = history?.header ?? hit.header;
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
    const read = history
      ? readHistoryRows(sheet, history, ctx)
      : readSheetRows(sheet, spec, header, ctx);
    typed.locations[spec.kind] = {
      sheet: sheet.name,
      headerRow: read.headerRow,
      columns: read.letters,
      ...(read.rowLetters ? { rowColumns: read.rowLetters } : {}),
    };
    const origin = sheetOrigin(sheet);
    for (const col of spec.columns) {
      if (col.required !== true || header.columns.has(col.key)) continue;
      const at = { row: read.headerRow, column: columnLetter(origin.column) };
      if (spec.kind === "products" && col.key === "score") {
        // Many offices keep no scores: the bands cannot be checked, but no figure is wrong.
        findings.push(
          raise(
            "products.sheet.noScoreColumn",
            { sheet: sheet.name, sheetKind: "products", ...at },
            {}
          )
        );
        continue;
      }
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
      typed.fairs = read.rows.map(rowParser(FairRow));
      // The first fair of a code dates its exhibits (a repeated code is its own finding).
      for (const fair of typed.fairs)
        if (fair.fairCode && fair.startDate && !fairDates.has(fold(fair.fairCode)))
          fairDates.set(fold(fair.fairCode), fair.startDate);
    } else if (spec.kind === "exhibits") {
      const parse = rowParser(ExhibitRow);
      typed.exhibits = read.rows.map((r) => parse(withCount(r)));
    } else typed.products = read.rows.map(rowParser(ProductRow));
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

/**
 * Offices often keep the ranked list alone (issue 13): without fairs and exhibits sheets there
 * is simply no promotion to check or report. An exhibits sheet without fairs, or fairs without
 * exhibits, is a half-kept pair: that stays a warning.
 */
function productsOnly(found: ReadonlyMap<SheetKind, unknown>): boolean {
  return found.has("products") && !found.has("fairs") && !found.has("exhibits");
}

function missingSheetSeverity(found: ReadonlyMap<SheetKind, unknown>): Severity {
  if (!TRACKING_SHEETS.some((s) => found.has(s.kind))) return "error";
  return productsOnly(found) ? "info" : "warning";
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
