import { fold } from "../../core/text/fold";
import { quoteSheetName } from "../../core/sheets/address";
import { ALL_SHEETS, type ListName } from "../../core/sheets/columns";
import type { CellValue } from "../../core/sheets/rawSheet";
import {
  dataRange,
  listSourcesFromSheet,
  TEMPLATE_DATA_ROWS,
  templateSheets,
  type ListSource,
  type Template,
  type TemplateSheet,
} from "../../core/sheets/template";
import { PortError, type TemplateResult } from "../port";
import type { Door } from "./door";
import { toDoorError } from "./errors";
import { rangeOrigin } from "./rangeOrigin";

/** Excel column widths are in points; a character of the default font is about 7 px wide. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}

/** The sheet of the workbook that plays this role: its default name or a synonym, folded. */
function findExisting(names: readonly string[], kind: TemplateSheet["kind"]): string | undefined {
  const spec = ALL_SHEETS.find((s) => s.kind === kind);
  if (!spec) return undefined;
  const wanted = new Set([spec.defaultName, ...spec.nameSynonyms].map(fold));
  return names.find((n) => wanted.has(fold(n)));
}

function lastLetter(sheet: TemplateSheet): string {
  return sheet.columns[sheet.columns.length - 1].letter;
}

/**
 * Creates the template sheets the workbook lacks (never touching, renaming or overwriting one it
 * has): headers as an Excel table, column formats, widths, a frozen header (ExcelApi 1.7) and
 * dropdowns from the lists sheet (ExcelApi 1.8); widths need ExcelApi 1.2 and are skipped below.
 * Two or three syncs: the sheet names, the user's own lists sheet when there is one, then every
 * write in one sync. If that write fails, two more syncs delete the sheets this run created (a
 * sheet of the same name the user added in the milliseconds between would go too).
 */
export async function createTemplates(door: Door, template: Template): Promise<TemplateResult> {
  return door.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const protection = door.req.has("workbookProtection") ? context.workbook.protection : undefined;
    protection?.load("protected");
    await context.sync();

    const names = sheets.items.map((ws) => ws.name);
    const kept: string[] = [];
    const missing: TemplateSheet[] = [];
    for (const sheet of templateSheets(template)) {
      // The hidden units sheet goes by its own name (its kind is the lists sheet's).
      const existing = sheet.hidden
        ? names.find((n) => fold(n) === fold(sheet.name))
        : findExisting(names, sheet.kind);
      if (existing) kept.push(existing);
      else missing.push(sheet);
    }
    if (missing.length === 0) return { created: [], kept };
    if (protection?.protected)
      throw new PortError("protected", "The workbook structure is protected");

    let sources: Partial<Record<ListName, ListSource>> = template.sources;
    const userLists = findExisting(names, "lists");
    if (userLists) {
      const used = door.req.has("nullObjects")
        ? sheets.getItem(userLists).getUsedRangeOrNullObject(true)
        : sheets.getItem(userLists).getUsedRange();
      used.load("address,values");
      await context.sync();
      sources = used.isNullObject
        ? {}
        : listSourcesFromSheet(userLists, used.values as CellValue[][], rangeOrigin(used.address));
      // The user's own unit list wins; without one, the communes of the hidden units sheet.
      if (!sources.districts && template.units && template.sources.districts)
        sources = { ...sources, districts: template.sources.districts };
    }

    for (const sheet of missing) {
      const ws = sheets.add(sheet.name);
      // ExcelApi 1.1: hidden, not very hidden, so a user may show the list to read it.
      if (sheet.hidden) ws.visibility = "Hidden";
      const last = lastLetter(sheet);
      for (const c of sheet.columns) {
        const formats = Array.from({ length: TEMPLATE_DATA_ROWS }, () => [c.numberFormat]);
        ws.getRange(dataRange(c.letter)).numberFormat = formats;
        if (door.req.has("columnWidth"))
          ws.getRange(`${c.letter}:${c.letter}`).format.columnWidth = widthInPoints(c.width);
      }
      const header = ws.getRange(`A1:${last}1`);
      header.values = [sheet.columns.map((c) => c.header)];
      header.format.font.bold = true;
      if (sheet.rows.length > 0)
        ws.getRange(`A2:${last}${sheet.rows.length + 1}`).values = sheet.rows;
      // An address without a sheet puts the table on the active sheet (index.d.ts:41529).
      if (sheet.kind !== "lists") ws.tables.add(`${quoteSheetName(sheet.name)}!A1:${last}1`, true);
      if (door.req.has("freezePanes") && !sheet.hidden) ws.freezePanes.freezeRows(1);
      if (door.req.has("dataValidation") && sheet.kind !== "lists") {
        for (const c of sheet.columns) {
          const source = c.list && sources[c.list];
          if (!source) continue;
          const validation = ws.getRange(dataRange(c.letter)).dataValidation;
          validation.rule = { list: { inCellDropDown: true, source: `=${source.formula}` } };
          // A warning, not a stop: communes after 2025 or a new fair city may not be listed yet.
          validation.errorAlert = {
            showAlert: true,
            style: "Warning",
            title: c.header,
            message: "Giá trị không có trong Danh mục / Not in the lists sheet",
          };
        }
      }
    }
    try {
      await context.sync();
    } catch (err) {
      // Excel applied what came before the failure: take back the sheets this run added, or the
      // next run would keep them, half-built, as the user's own.
      const now = context.workbook.worksheets;
      now.load("items/name");
      const ours = new Set(missing.map((m) => fold(m.name)));
      const before = new Set(names.map(fold));
      try {
        await context.sync();
        for (const ws of now.items)
          if (ours.has(fold(ws.name)) && !before.has(fold(ws.name))) ws.delete();
        await context.sync();
      } catch {
        // Nothing more can be done here; the original failure is what the user needs to see.
      }
      throw toDoorError(err);
    }
    return { created: missing.map((s) => s.name), kept };
  });
}
