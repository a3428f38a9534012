import type { RawSheet } from "../../../core/sheets/rawSheet";
import type { ReadLimits } from "./readLimits";
import type { ReadNote } from "../../../core/sheets/readNote";
import { UnreadableWorkbookError } from "./readProblem";
import { Utf8Pieces } from "./utf8Pieces";
import { SETTINGS_SHEET, type ReadXlsxResult } from "./readResult";
import { readSharedStrings } from "./sharedStrings";
import { SheetGrid, type SheetFilter } from "./sheetGrid";
import { SheetXmlScanner, type SheetContext } from "./sheetXml";
import { styleFormats } from "./styleFormats";
import { workbookLayout, workbookPath } from "./workbookParts";
import { inflatePartNatively } from "./nativeInflate";
import { findPart, partText, type ZipPart } from "./zipParts";

/** Inflated bytes after which a sheet's cell count is projected onto its declared size. */
const SAMPLE_BYTES = 1 << 20;

/**
 * An .xlsx (or .xlsm) read part by part: fflate inflates each part in pieces and a hand scan
 * turns the sheet XML into grids as it goes, so neither a whole part nor a bounding box is
 * ever held. The same code runs in Node and in the page's Worker (no Node API).
 */
export async function readOoxml(
  bytes: Uint8Array,
  parts: Map<string, ZipPart>,
  limits: ReadLimits,
  keep?: SheetFilter
): Promise<ReadXlsxResult> {
  const path = workbookPath(partText(bytes, parts, "_rels/.rels", limits.maxPartBytes));
  const workbookXml = partText(bytes, parts, path, limits.maxPartBytes);
  if (workbookXml === undefined) throw new UnreadableWorkbookError("notWorkbook");
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
  const rels = partText(
    bytes,
    parts,
    `${dir}_rels/${path.slice(dir.length)}.rels`,
    limits.maxPartBytes
  );
  const layout = workbookLayout(path, workbookXml, rels);
  const ctxBase = {
    sharedStrings: readSharedStrings(bytes, parts, layout.sharedStrings, limits.maxPartBytes),
    formats: styleFormats(
      layout.styles ? partText(bytes, parts, layout.styles, limits.maxPartBytes) : undefined
    ),
    date1904: layout.date1904,
  };
  const sheets: RawSheet[] = [];
  const notes: ReadNote[] = [];
  let settingsJson: string | undefined;
  for (const entry of layout.sheets) {
    const grid = new SheetGrid(entry.name, limits, keep);
    const part = findPart(parts, entry.path);
    if (part) await readSheetPart(bytes, part, grid, { ...ctxBase, part: part.name }, limits);
    const sheet = grid.finish();
    if (grid.skipped) continue;
    if (entry.name === SETTINGS_SHEET) {
      const a1 = sheet.values[0]?.[0];
      if (typeof a1 === "string") settingsJson = a1;
      continue;
    }
    sheets.push(sheet);
    notes.push(...grid.notes);
  }
  return {
    workbook: { sheets, date1904: layout.date1904, ...(notes.length > 0 ? { notes } : {}) },
    settingsJson,
    notes,
    format: "xlsx",
  };
}

async function readSheetPart(
  bytes: Uint8Array,
  part: ZipPart,
  grid: SheetGrid,
  ctx: SheetContext,
  limits: ReadLimits
): Promise<void> {
  const scanner = new SheetXmlScanner(grid, ctx);
  const decoder = new Utf8Pieces();
  let seen = 0;
  let sampled = part.size <= SAMPLE_BYTES;
  await inflatePartNatively(bytes, part, limits.maxPartBytes, (piece) => {
    seen += piece.length;
    scanner.push(decoder.decode(piece));
    // A sheet that is none of the workbook's: the rest of its part is not even inflated.
    if (grid.skipped) return false;
    if (sampled || seen < SAMPLE_BYTES) return;
    sampled = true;
    // A full sheet is refused at once, not after minutes: its first megabyte, projected
    // onto the size the zip declares, tells how many cells it holds.
    const projected = Math.round((grid.cellCount * part.size) / seen);
    if (projected > 2 * limits.maxCells) throw grid.tooMany(projected);
    if (part.size > limits.maxPartBytes)
      throw new UnreadableWorkbookError("zipBomb", { part: part.name, limit: limits.maxPartBytes });
  });
  if (grid.skipped) return;
  scanner.push(decoder.end());
  scanner.end();
}
