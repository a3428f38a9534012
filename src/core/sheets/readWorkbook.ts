import type { Finding } from "../findings/finding";
import { defaultUnits } from "../reference/units";
import type { Settings, Unit } from "../settings";
import { columnLetter } from "./address";
import { isBlank } from "./cellText";
import { TRACKING_SHEETS } from "./columns";
import { identifySheets } from "./identifySheets";
import { listUnits } from "./listUnits";
import type { RawWorkbook } from "./rawSheet";
import { readSheetRows, type TypedCells } from "./readSheetRows";
import type { ExhibitRow, FairRow, ProductRow, SheetLocation, TypedWorkbook } from "./rows";
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
  options: { today: string }
): { typed: TypedWorkbook; findings: Finding[] } {
  const typed: TypedWorkbook = { fairs: [], exhibits: [], products: [], locations: {} };
  const findings: Finding[] = [];
  const found = identifySheets(raw.sheets ?? []);

  const known: Unit[] | undefined = settings.units ?? defaultUnits(settings.province);
  const lists = found.get("lists");
  if (lists) {
    typed.locations.lists = location(lists.sheet.name, lists.header, lists.sheet);
  }
  const listed = lists ? listUnits(lists.sheet, lists.header, known) : undefined;
  if (listed && listed.length > 0) typed.listUnits = listed;
  const units = settings.units ?? listed ?? known;
  const ctx = { date1904: Boolean(raw.date1904), units, today: options.today };

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
    if (spec.kind === "fairs") typed.fairs = read.rows as unknown as FairRow[];
    else if (spec.kind === "exhibits")
      typed.exhibits = read.rows.map(withCount) as unknown as ExhibitRow[];
    else typed.products = read.rows as unknown as ProductRow[];
  }
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
