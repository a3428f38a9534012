import { columnIndex, columnLetter } from "../../core/sheets/address";
import type { CellValue } from "../../core/sheets/rawSheet";
import { sameCellValue } from "../cellValue";
import { PortError, type RowBlock } from "../port";
import { BUDGET_BYTES, cellBytes, MAX_CHUNK_ROWS } from "./chunking";
import type { Door } from "./door";
import { toDoorError } from "./errors";
import { literal, type UndoStep } from "./fixes";
import { packRequests, WRITE_BUDGET_BYTES, WRITE_OP_BYTES } from "./requestBudget";

/**
 * A roll-up import: rows from other workbooks written under a sheet's own rows. Whole rectangles
 * go in one `Range.values` write per chunk (not one write per cell as a fix does), so 2,000 rows
 * of 12 columns are a few requests. Every target cell is checked empty (no value, no formula)
 * in the syncs before the first write; a failed check refuses the import and nothing is written.
 * Formats stay the user's: only a General cell of a date column gets the column's date format, and
 * undo puts that back too.
 *
 * Syncs: 1 (sheets, protection) + one check per chunk + one write per chunk, where a chunk is at
 * most MAX_CHUNK_ROWS rows and its request stays under WRITE_BUDGET_BYTES (its check's response
 * under BUDGET_BYTES).
 */

/** A piece of a block sent in one request. */
export interface ImportChunk {
  sheet: string;
  /** First row and left column of the chunk. */
  row: number;
  column: string;
  values: CellValue[][];
  formats?: (string | undefined)[];
}

/** Response bytes per checked cell: its value, formula and number format ("General") as JSON. */
const CHECK_BYTES_PER_CELL = 24;

const width = (block: RowBlock): number => Math.max(0, ...block.values.map((r) => r.length));

const rowBytes = (row: readonly CellValue[]): number =>
  row.reduce<number>((n, v) => n + cellBytes(v) + 1, 2);

/** Cuts the blocks into requests (pure: the addresses are known before the first sync). */
export function importChunks(blocks: readonly RowBlock[]): ImportChunk[] {
  const out: ImportChunk[] = [];
  for (const block of blocks) {
    const columns = width(block);
    if (columns === 0 || block.values.length === 0) continue;
    // Rectangles: Excel refuses a values grid whose rows differ in length.
    const rows = block.values.map((r) => [
      ...r,
      ...new Array<CellValue>(columns - r.length).fill(""),
    ]);
    const indexed = rows.map((values, i) => ({ values, i }));
    // A row costs its values in the write request, or its check's response scaled to the
    // write budget, whichever is more: one packing keeps both requests in bounds.
    const checkRow = (CHECK_BYTES_PER_CELL * columns * WRITE_BUDGET_BYTES) / BUDGET_BYTES;
    const cost = (r: { values: CellValue[] }) => Math.max(rowBytes(r.values), checkRow);
    for (const piece of packRequests(
      indexed,
      cost,
      WRITE_BUDGET_BYTES - WRITE_OP_BYTES,
      MAX_CHUNK_ROWS
    ))
      out.push({
        sheet: block.sheet,
        row: block.row + piece[0].i,
        column: block.column,
        values: piece.map((p) => p.values),
        formats: block.formats,
      });
  }
  return out;
}

export function chunkAddress(chunk: ImportChunk): string {
  const last = columnLetter(columnIndex(chunk.column) + chunk.values[0].length - 1);
  return `${chunk.column}${chunk.row}:${last}${chunk.row + chunk.values.length - 1}`;
}

/** A chunk as written: what its cells' formats were before, for undo. */
interface WrittenChunk extends ImportChunk {
  formatsBefore: string[][];
}

/** The number formats to set on a chunk: per cell, the column's format where the cell is General. */
function newFormats(chunk: ImportChunk, before: string[][]): string[][] | undefined {
  const formats = chunk.formats;
  if (!formats?.some(Boolean)) return undefined;
  let any = false;
  const grid = before.map((row) =>
    row.map((f, c) => {
      const wanted = formats[c];
      if (wanted && f === "General") {
        any = true;
        return wanted;
      }
      return f;
    })
  );
  return any ? grid : undefined;
}

const isBlank = (v: unknown): boolean => v === "" || v === null || v === undefined;

/** Writes the chunks after checking their cells are empty; returns them with the formats found. */
async function writeChunks(door: Door, chunks: readonly ImportChunk[]): Promise<WrittenChunk[]> {
  if (chunks.length === 0) return [];
  return door.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load(
      door.req.has("valuesOnly") ? "items/name,items/protection/protected" : "items/name"
    );
    await context.sync();
    const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
    for (const sheet of new Set(chunks.map((c) => c.sheet))) {
      const ws = byName.get(sheet);
      if (!ws) throw new PortError("sheetGone", `Sheet "${sheet}" is gone`, { sheet });
      // New rows are locked cells unless the user unlocked whole columns: refuse before writing.
      if (door.req.has("valuesOnly") && ws.protection.protected)
        throw new PortError("protected", `Sheet "${sheet}" is protected`, { sheet });
    }
    const rangeOf = (c: ImportChunk) => byName.get(c.sheet)!.getRange(chunkAddress(c));

    const written: WrittenChunk[] = [];
    const occupied: string[] = [];
    for (const chunk of chunks) {
      const range = rangeOf(chunk).load("values,formulas,numberFormat");
      try {
        // One check per chunk is the point of chunking (see chunking.ts).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (err) {
        throw toDoorError(err, { sheet: chunk.sheet });
      }
      const left = columnIndex(chunk.column);
      range.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const f = range.formulas[r][c];
          if (!isBlank(v) || (typeof f === "string" && f.startsWith("=")))
            occupied.push(`${chunk.sheet}!${columnLetter(left + c)}${chunk.row + r}`);
        })
      );
      written.push({ ...chunk, formatsBefore: range.numberFormat.map((r) => r.map(String)) });
    }
    if (occupied.length > 0)
      throw new PortError("changed", "The rows to fill are not empty", {
        cells: occupied.slice(0, 20),
      });

    const send = async (chunk: WrittenChunk, back: boolean) => {
      const range = rangeOf(chunk);
      range.values = chunk.values.map((row, r) =>
        row.map((v, c) => (back ? "" : literal(v, chunk.formatsBefore[r][c])))
      );
      const formats = newFormats(chunk, chunk.formatsBefore);
      if (formats) range.numberFormat = back ? chunk.formatsBefore : formats;
      await context.sync(); // one request per chunk: called once per chunk below
    };
    let sent = 0;
    try {
      for (; sent < written.length; sent++) await send(written[sent], false);
    } catch (err) {
      // Chunks already sent (and the failing one, which Excel may have applied in part) go back.
      try {
        for (const chunk of written.slice(0, sent + 1)) await send(chunk, true);
      } catch {
        throw new PortError("failed", "An import failed part-way and could not be undone", {
          sheet: written[sent].sheet,
        });
      }
      throw toDoorError(err, { sheet: written[sent].sheet });
    }
    return written;
  });
}

/** Empties the imported cells (and puts their formats back) if they still hold what was written. */
async function takeBack(door: Door, chunks: readonly WrittenChunk[]): Promise<void> {
  await door.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
    const gone = chunks.find((c) => !byName.has(c.sheet));
    if (gone)
      throw new PortError("sheetGone", `Sheet "${gone.sheet}" is gone`, { sheet: gone.sheet });
    const rangeOf = (c: ImportChunk) => byName.get(c.sheet)!.getRange(chunkAddress(c));
    const changed: string[] = [];
    for (const chunk of chunks) {
      const range = rangeOf(chunk).load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one check per chunk
      await context.sync();
      const left = columnIndex(chunk.column);
      range.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (!sameCellValue(v as CellValue, chunk.values[r][c]))
            changed.push(`${chunk.sheet}!${columnLetter(left + c)}${chunk.row + r}`);
        })
      );
    }
    if (changed.length > 0)
      throw new PortError("changed", "Imported cells were edited since", {
        cells: changed.slice(0, 20),
      });
    for (const chunk of chunks) {
      const range = rangeOf(chunk);
      range.values = chunk.values.map((row) => row.map(() => ""));
      if (newFormats(chunk, chunk.formatsBefore)) range.numberFormat = chunk.formatsBefore;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one write per chunk
      await context.sync();
    }
  });
}

/** Writes the blocks and returns the step that takes them back (for the door's history). */
export async function importRows(
  door: Door,
  blocks: readonly RowBlock[]
): Promise<UndoStep | undefined> {
  const chunks = importChunks(blocks);
  const written = await writeChunks(door, chunks);
  if (written.length === 0) return undefined;
  return {
    writes: importWrites(chunks),
    grows: true,
    undo: (d) => takeBack(d, written),
  };
}

/** Where an import's writes land, as change events name them. */
export function importWrites(chunks: readonly ImportChunk[]): { sheet: string; address: string }[] {
  return chunks.map((c) => ({ sheet: c.sheet, address: chunkAddress(c) }));
}
