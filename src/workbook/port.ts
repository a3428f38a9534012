import type { CellRef, Finding } from "../core/findings/finding";
import type { RawWorkbook } from "../core/sheets/rawSheet";
import type { Settings } from "../core/settings";

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
}

export interface TemplateResult {
  created: string[];
  /** Sheets that already existed and were left as they were. */
  kept: string[];
}

/** What a door can do here (the pane shows or explains the rest). */
export interface PortCapabilities {
  /** Select a cell in a live workbook (Excel) rather than show it in the page. */
  navigate: boolean;
  highlight: boolean;
  dataValidation: boolean;
  liveMode: boolean;
  /** Why a feature is missing, in the catalogue's terms (e.g. needs "ExcelApi 1.8"). */
  missing: Record<string, string>;
}

/**
 * The one way the pane and the CLI reach a workbook. The Excel adapter is the only code that
 * calls Office.js; the file adapter holds an .xlsx in memory.
 */
export interface WorkbookPort {
  readonly kind: "excel" | "file";
  readonly capabilities: PortCapabilities;
  readSheets(onProgress?: (done: number, total: number) => void): Promise<RawWorkbook>;
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
}
