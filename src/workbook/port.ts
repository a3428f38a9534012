import type { CellRef, Finding } from "../core/findings/finding";
import type { CellValue, RawWorkbook } from "../core/sheets/rawSheet";
import type { Settings } from "../core/settings";
import type { Template } from "../core/sheets/template";

/**
 * Why a door refused or failed. Both doors throw only this, so the pane translates a failure by
 * its `code` without knowing which door it holds. A door checks what it can before it writes:
 * a refusal means nothing was written.
 */
export type PortErrorCode =
  /** The sheet (or the workbook structure) is protected. */
  | "protected"
  /** The user is typing in a cell; Excel refuses batches until they leave it. */
  | "editMode"
  /** A sheet named in the request is no longer there (deleted or renamed during the run). */
  | "sheetGone"
  /** A cell no longer holds the value the user saw (fix refused). */
  | "changed"
  /** A cell to fix holds a formula: writing a value would destroy it (fix refused). */
  | "formula"
  /** This Excel lacks the requirement set the feature needs. */
  | "unsupported"
  /** A request over Excel's payload limit even at one row per chunk. */
  | "tooLarge"
  /** Another change to the workbook (highlight, clear, fix, undo, template) is still running. */
  | "busy"
  /** The bytes are not a workbook the file door can read. */
  | "unreadable"
  /** The caller's AbortSignal stopped a read between two syncs. */
  | "cancelled"
  | "failed";

export interface PortErrorDetails {
  sheet?: string;
  /** A1 addresses (with sheet) of the cells concerned. */
  cells?: string[];
  /** The requirement set a missing feature needs, e.g. "ExcelApi 1.6". */
  requirement?: string;
  /** Office's own error code, when there was one. */
  officeCode?: string;
}

export class PortError extends Error {
  readonly code: PortErrorCode;
  readonly details: PortErrorDetails;

  constructor(code: PortErrorCode, message: string, details: PortErrorDetails = {}) {
    super(message);
    this.name = "PortError";
    this.code = code;
    // A sheet is named or not at all: the pane must never say "sheet  is gone".
    const { sheet, ...rest } = details;
    this.details = sheet ? { sheet, ...rest } : rest;
  }
}

/** One accepted fix: write `newValue` where `oldValue` stands. */
export interface CellFix extends CellRef {
  oldValue: string | number | boolean | null;
  newValue: string | number;
}

export interface HighlightResult {
  /** Cells marked. */
  marked: number;
  /** Cells with findings left unmarked because of the cap (or pointing at no cell). */
  skipped: number;
  /** Cells left unmarked because their sheet is protected (not counted in `skipped`). */
  blocked?: number;
  /**
   * Protected sheets where marks could not be added, or old marks not removed (after a clear:
   * where marks remain).
   */
  protectedSheets?: string[];
  /**
   * Sheets whose marks Excel failed to read or write (their cells count in `skipped`); the other
   * sheets were done.
   */
  failedSheets?: string[];
}

export interface TemplateResult {
  created: string[];
  /** Sheets that already existed and were left as they were. */
  kept: string[];
}

/**
 * Rows to append under a sheet's own rows (a roll-up import): a rectangle of values already in the
 * sheet's column order, its top-left cell at `row`/`column`.
 */
export interface RowBlock {
  sheet: string;
  row: number;
  column: string;
  values: CellValue[][];
  /** A number format per column of the block (a date column's): set only on cells still General. */
  formats?: (string | undefined)[];
}

/** What a door can do here (the pane shows or explains the rest). */
export interface PortCapabilities {
  /** Select a cell in a live workbook (Excel) rather than show it in the page. */
  navigate: boolean;
  highlight: boolean;
  dataValidation: boolean;
  liveMode: boolean;
  /** Where the door runs, as Office reports it ("PC", "Mac", "OfficeOnline", "iOS"…), if known. */
  platform?: string;
  /**
   * Whether a download link works here (absent: yes). Excel on Mac and iPad run the pane in
   * WKWebView, which ignores `a.download` (office-js #2700).
   */
  canDownload?: boolean;
  /** Why a feature is missing, in the catalogue's terms (e.g. needs "ExcelApi 1.8"). */
  missing: Record<string, string>;
}

/** A window of the grid around one cell, as the page shows it in place of Excel. */
export interface CellWindow {
  sheet: string;
  /** Excel row numbers shown, top to bottom. */
  rows: number[];
  /** Column letters shown, left to right. */
  columns: string[];
  values: CellValue[][];
  /** The values as Excel shows them: date serials as dd/mm/yyyy. */
  text: string[][];
  focus: CellRef;
}

/**
 * The one way the pane and the CLI reach a workbook. The Excel adapter is the only code that
 * calls Office.js; the file adapter holds an .xlsx in memory.
 */
export interface WorkbookPort {
  readonly kind: "excel" | "file";
  readonly capabilities: PortCapabilities;
  /** `signal` stops a long read between two requests (the Excel door; the file door reads at once). */
  readSheets(
    onProgress?: (done: number, total: number) => void,
    signal?: AbortSignal
  ): Promise<RawWorkbook>;
  select(ref: CellRef): Promise<void>;
  /**
   * Selects whole rows of one sheet (a report figure's rows), where the door can: several areas
   * with ExcelApi 1.9, else the first row. Rows of other sheets than the first ref's are skipped.
   */
  selectRows?(refs: readonly { sheet: string; row: number }[]): Promise<void>;
  highlight(findings: readonly Finding[]): Promise<HighlightResult>;
  /** Removes the marks; `protectedSheets` names sheets whose marks had to stay. */
  clearHighlights(): Promise<HighlightResult>;
  applyFixes(fixes: readonly CellFix[]): Promise<void>;
  /** Restores the cells of the last fix batch; false when there is nothing to undo. */
  undoLastFix(): Promise<boolean>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  createTemplates(): Promise<TemplateResult>;
  /**
   * Live mode, where the door has it (`capabilities.liveMode`): calls `listener` with the names of
   * the sheets edited, a moment after the last edit. Resolves to a function that stops listening.
   */
  onSheetsChanged?(listener: (sheets: string[]) => void): Promise<() => Promise<void>>;

  // Optional capabilities: the pane checks for each (`if (port.toXlsx)`) and never casts.

  /**
   * Writes rows into cells that are empty (refused with `changed`, nothing written, where one is
   * not), in chunks, leaving the user's formats as they are; `undoLastFix` takes it back as one step.
   */
  importRows?(blocks: readonly RowBlock[]): Promise<void>;

  /** The cell with its neighbours, where the door holds the grids (the page shows them). */
  cellWindow?(ref: CellRef, radius?: number): CellWindow | undefined;
  /** The cells the last `highlight` marked, where the marks live only in the page. */
  highlightedCells?(): readonly CellRef[];
  /** The workbook as .xlsx bytes, with the fixes applied and the settings kept. */
  toXlsx?(): Promise<Uint8Array>;
  /** The grids as they are now (fixes applied), where the door holds them. */
  workbook?(): RawWorkbook;
  /** The .xlsx as opened, when the door was opened from a file. */
  original?(): Uint8Array | undefined;
  /** The format of the file opened, when the door was opened from one (`toXlsx` writes .xlsx). */
  sourceFormat?(): SourceFormat | undefined;
}

/** The workbook file formats the file door reads; only .xlsx is written back as it was. */
export type SourceFormat = "xlsx" | "xlsb" | "xls" | "ods";

/** A workbook file read into grids, with its hidden settings sheet's JSON. */
export interface OpenedWorkbook {
  workbook: RawWorkbook;
  settingsJson?: string;
  /** What the file was, told from its bytes. */
  format?: SourceFormat;
}

export interface FileDoorOptions {
  /** Called by `select`: the page shows the cell with its neighbours. */
  onSelect?: (ref: CellRef) => void;
  /** The template `createTemplates` adds (sheets already present are kept). */
  template?: () => Template | Promise<Template>;
}

export interface GridsOptions extends FileDoorOptions {
  /** The hidden settings sheet's JSON, when the workbook had one. */
  settingsJson?: string;
  /** The .xlsx as opened, which the download patches; without it the download is rebuilt. */
  original?: Uint8Array;
  /** The format of `original`: a file that is not .xlsx is downloaded as a rebuilt .xlsx. */
  format?: SourceFormat;
  /** Header rows per sheet name, frozen and bold in a rebuilt download (a merged workbook). */
  headerRows?: Record<string, number>;
}

/** A workbook the page holds in memory: every optional capability of the file door is there. */
export type InMemoryPort = WorkbookPort &
  Required<
    Pick<WorkbookPort, "cellWindow" | "highlightedCells" | "toXlsx" | "workbook" | "original">
  >;

/**
 * How the standalone page opens workbooks: made in the composition root (`taskpane/index.tsx`)
 * and handed to the pane, which never creates a door itself.
 */
export interface FileDoor {
  /** Reads .xlsx bytes; throws `PortError("unreadable")` for a file that is not a workbook. */
  open(bytes: ArrayBuffer, options?: FileDoorOptions): Promise<InMemoryPort>;
  /** A workbook already in grids: the sample, the page's workbook after a reload, a template. */
  fromGrids(raw: RawWorkbook, options?: GridsOptions): InMemoryPort;
}
