import { findingKey, type CellRef, type Finding } from "../../core/findings";
import { sameCellValue } from "../cellValue";
import type { Settings } from "../../core/settings";
import { defaultSettings } from "../../core/settingsDefaults";
import { columnIndex, columnLetter, parseCellAddress } from "../../core/sheets/address";
import {
  isUncalculatedFormula,
  type CellValue,
  type RawSheet,
  type RawWorkbook,
} from "../../core/sheets/rawSheet";
import { templateSheets, type Template, type TemplateSheet } from "../../core/sheets/template";
import { templateSheetXlsx } from "./templateXlsx";
import {
  PortError,
  type CellFix,
  type CellWindow,
  type GridsOptions,
  type HighlightResult,
  type TemplateResult,
  type WorkbookPort,
} from "../port";
import { unreadableAsPortError } from "./unreadable";
import { isDateFormat, serialToIso } from "../../core/sheets/excelDate";
import { rawToXlsx } from "./rawToXlsx";
import type { XlsxBook, XlsxSheet } from "./writeXlsx";

/**
 * The file door: an .xlsx held in memory (the standalone page). Everything the Excel door does
 * happens on the grids; "download" writes the fixed cells into the file as opened (so formulas,
 * fills, merges and dropdowns survive) and the settings into the hidden settings sheet. exceljs
 * is loaded only when a file is read or written.
 */

export type { CellWindow };

export type FilePortOptions = GridsOptions;

export interface FilePort extends WorkbookPort {
  readonly kind: "file";
  /** The grids as they are now (fixes applied). */
  workbook(): RawWorkbook;
  /** Keys (`findingKey`) of the findings marked by the last `highlight`. */
  highlighted(): ReadonlySet<string>;
  /** The cells the last `highlight` marked. */
  highlightedCells(): readonly CellRef[];
  /** The .xlsx as opened, when the port was opened from a file. */
  original(): Uint8Array | undefined;
  cellWindow(ref: CellRef, radius?: number): CellWindow | undefined;
  /** The workbook as .xlsx bytes, with the fixes applied and the settings kept. */
  toXlsx(): Promise<Uint8Array>;
}

interface SheetState {
  sheet: RawSheet;
  /** Formats, widths and dropdowns of sheets the template created, kept for the download. */
  extras?: Pick<
    XlsxSheet,
    "columnFormats" | "columnWidths" | "headerRows" | "validations" | "state"
  >;
}

/** Reads .xlsx bytes into a file port; throws `PortError("unreadable")` for a file that is not one. */
export async function openXlsx(
  bytes: ArrayBuffer | Uint8Array,
  options: Omit<FilePortOptions, "settingsJson" | "original"> = {}
): Promise<FilePort> {
  const { readXlsx } = await import("./readXlsx");
  // readXlsx may hand the bytes to exceljs; keep our own copy for the download.
  const original = new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const read = await readXlsx(bytes).catch((err: unknown) => {
    throw unreadableAsPortError(err);
  });
  return createFilePort(read.workbook, {
    ...options,
    settingsJson: read.settingsJson,
    original,
    format: read.format,
  });
}

export function createFilePort(raw: RawWorkbook, options: FilePortOptions = {}): FilePort {
  const sheets: SheetState[] = raw.sheets.map((s) => ({ sheet: copySheet(s) }));
  let settingsJson = options.settingsJson;
  let marked = new Set<string>();
  let markedCells: CellRef[] = [];
  const history: CellFix[][] = [];

  // What the reader left out stays true of the file whatever fixes follow: each check tells it.
  const notes = raw.notes && raw.notes.length > 0 ? { notes: raw.notes } : {};
  const find = (name: string) => sheets.find((s) => s.sheet.name === name);

  return {
    kind: "file",
    capabilities: {
      navigate: false,
      // The marks would live only in this page (the downloaded workbook does not carry them), so
      // the pane does not offer them; nothing is "missing" either: no Excel would change that.
      highlight: false,
      dataValidation: true,
      liveMode: false,
      missing: {},
    },
    async readSheets(onProgress) {
      onProgress?.(sheets.length, sheets.length);
      return { sheets: sheets.map((s) => copySheet(s.sheet)), date1904: raw.date1904, ...notes };
    },
    workbook: () => ({ sheets: sheets.map((s) => s.sheet), date1904: raw.date1904, ...notes }),
    async select(ref) {
      options.onSelect?.(ref);
    },
    async highlight(findings: readonly Finding[]): Promise<HighlightResult> {
      marked = new Set(findings.map(findingKey));
      const cells = new Map<string, CellRef>();
      for (const f of findings)
        cells.set(`${f.column}${f.row}\u0000${f.sheet}`, {
          sheet: f.sheet,
          row: f.row,
          column: f.column,
        });
      markedCells = [...cells.values()];
      return { marked: marked.size, skipped: 0 };
    },
    async clearHighlights(): Promise<HighlightResult> {
      marked = new Set();
      markedCells = [];
      return { marked: 0, skipped: 0 };
    },
    highlighted: () => marked,
    highlightedCells: () => markedCells,
    original: () => options.original,
    sourceFormat: () => options.format ?? (options.original ? "xlsx" : undefined),
    async applyFixes(fixes) {
      const changed = fixes
        .filter((f) => !sameCellValue(cellOf(find(f.sheet)?.sheet, f), f.oldValue))
        .map((f) => `${f.sheet}!${f.column}${f.row}`);
      if (changed.length > 0)
        throw new PortError("changed", `cells changed since the check: ${changed.join(", ")}`, {
          cells: changed,
        });
      for (const f of fixes) setCell(find(f.sheet)!.sheet, f, f.newValue);
      if (fixes.length > 0) history.push([...fixes]);
    },
    async undoLastFix() {
      const last = history.pop();
      if (!last) return false;
      for (const f of [...last].reverse()) {
        const state = find(f.sheet);
        if (state) setCell(state.sheet, f, f.oldValue ?? "");
      }
      return true;
    },
    async loadSettings(): Promise<Settings> {
      if (settingsJson === undefined) return defaultSettings();
      // zod comes with the first stored settings, not with the page's first load.
      const { settingsFromJson } = await import("../../core/settings");
      return settingsFromJson(settingsJson);
    },
    async saveSettings(settings) {
      settingsJson = JSON.stringify(settings);
    },
    async createTemplates(): Promise<TemplateResult> {
      const template = await options.template?.();
      if (!template) return { created: [], kept: [] };
      const created: string[] = [];
      const kept: string[] = [];
      for (const t of templateSheets(template)) {
        if (find(t.name)) {
          kept.push(t.name);
          continue;
        }
        sheets.push(templateSheet(t, template));
        created.push(t.name);
      }
      return { created, kept };
    },
    cellWindow(ref, radius = 2) {
      const state = find(ref.sheet);
      if (!state) return undefined;
      const col = columnIndex(ref.column);
      const rows: number[] = [];
      for (let r = Math.max(1, ref.row - radius); r <= ref.row + radius; r++) rows.push(r);
      const columns: string[] = [];
      for (let c = Math.max(1, col - radius); c <= col + radius; c++) columns.push(columnLetter(c));
      const values = rows.map((row) =>
        columns.map((column) => cellOf(state.sheet, { row, column }) ?? "")
      );
      const text = rows.map((row, r) =>
        columns.map((column, c) => {
          const v = values[r][c];
          const day =
            typeof v === "number" && isDateFormat(formatOf(state.sheet, { row, column }))
              ? serialToIso(v, Boolean(raw.date1904))
              : undefined;
          if (day) return day.split("-").reverse().join("/");
          // A formula without a saved result shows nothing, as its value is unknown.
          return v === null || isUncalculatedFormula(v) ? "" : String(v);
        })
      );
      return { sheet: ref.sheet, rows, columns, values, text, focus: ref };
    },
    async toXlsx() {
      const grids = rawToXlsx(
        { sheets: sheets.map((s) => s.sheet), date1904: raw.date1904 },
        { headerRows: options.headerRows }
      );
      const whole = grids.sheets.map((g, i): XlsxSheet => ({ ...g, ...sheets[i].extras }));
      // exceljs patches an .xlsx only; any other file is rebuilt from its grids as .xlsx.
      if (options.original && (options.format ?? "xlsx") === "xlsx") {
        // The grids as opened come from reading the file again rather than from a copy kept
        // all along: the download is rare, and a copy of 50,000 rows is not small.
        const [{ patchXlsx }, { readXlsx }] = await Promise.all([
          import("./patchXlsx"),
          import("./readXlsx"),
        ]);
        try {
          const opened = new Map(
            (await readXlsx(options.original.slice())).workbook.sheets.map((s) => [s.name, s])
          );
          return await patchXlsx({
            original: options.original,
            opened,
            sheets: sheets.map((s) => s.sheet),
            added: whole.filter((g) => !opened.has(g.name)),
            settingsJson,
            date1904: Boolean(raw.date1904),
          });
        } catch {
          // A file exceljs reads but cannot write back: the values with the fixes beat no file.
        }
      }
      const { writeXlsx } = await import("./writeXlsx");
      const book: XlsxBook = { sheets: whole, settingsJson };
      return writeXlsx(book);
    },
  };
}

function copySheet(s: RawSheet): RawSheet {
  return {
    ...s,
    values: s.values.map((r) => [...r]),
    numberFormats: s.numberFormats?.map((r) => [...r]),
  };
}

function originOf(sheet: RawSheet): { row: number; column: number } {
  return parseCellAddress(sheet.origin) ?? { row: 1, column: 1 };
}

function cellOf(
  sheet: RawSheet | undefined,
  ref: Pick<CellRef, "row" | "column">
): CellValue | undefined {
  if (!sheet) return undefined;
  const o = originOf(sheet);
  return sheet.values[ref.row - o.row]?.[columnIndex(ref.column) - o.column];
}

function formatOf(sheet: RawSheet, ref: Pick<CellRef, "row" | "column">): string | undefined {
  const o = originOf(sheet);
  return sheet.numberFormats?.[ref.row - o.row]?.[columnIndex(ref.column) - o.column];
}

function setCell(sheet: RawSheet, ref: Pick<CellRef, "row" | "column">, value: CellValue): void {
  const o = originOf(sheet);
  const r = ref.row - o.row;
  const c = columnIndex(ref.column) - o.column;
  if (r < 0 || c < 0) return;
  while (sheet.values.length <= r) sheet.values.push([]);
  const row = sheet.values[r];
  while (row.length <= c) row.push("");
  row[c] = value;
}

function templateSheet(t: TemplateSheet, template: Template): SheetState {
  const { name, rows, ...extras } = templateSheetXlsx(t, template);
  return { sheet: { name, origin: "A1", values: rows }, extras };
}
