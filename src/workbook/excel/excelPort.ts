import type { CellRef, Finding } from "../../core/findings/finding";
import type { Settings } from "../../core/settings";
import { buildTemplate, templateLists, type Template } from "../../core/sheets/template";
import type { CellFix, HighlightResult, TemplateResult, WorkbookPort } from "../port";
import { makeDoor, officeRun, type ExcelRun } from "./door";
import { ExcelDoorError } from "./errors";
import { FixHistory } from "./fixes";
import { DEFAULT_HIGHLIGHT_CAP, planMarks, replaceMarks } from "./highlights";
import { readSheets } from "./readSheets";
import { detectRequirements, officeApiSupport, type ApiSupport } from "./requirements";
import {
  loadSettings,
  officeDocumentSettings,
  saveSettings,
  type DocumentSettings,
} from "./settingsStore";
import { createTemplates } from "./templates";
import { watchSheets } from "./liveMode";

export interface ExcelPortOptions {
  /** `Excel.run` (default) or a test fake. */
  run?: ExcelRun;
  /** ExcelApi support (default: `Office.context.requirements.isSetSupported`). */
  apiSupport?: ApiSupport;
  /** Settings store before ExcelApi 1.4 (default: `Office.context.document.settings`). */
  documentSettings?: DocumentSettings;
  /** The template to create (default: lists from the workbook's settings as of `today`). */
  template?: () => Template | Promise<Template>;
  /** ISO date for the default template's province list (default: the clock; the core never reads it). */
  today?: () => string;
  /** Most cells marked by one `highlight` call. */
  highlightCap?: number;
  /** Live mode: quiet time after the last edit before `onSheetsChanged` fires. */
  debounceMs?: number;
}

/** The Excel door always offers live mode (ExcelApi 1.9; it refuses where the set is missing). */
export interface ExcelPort extends WorkbookPort {
  readonly kind: "excel";
  onSheetsChanged(listener: (sheets: string[]) => void): Promise<() => Promise<void>>;
}

export function createExcelPort(options: ExcelPortOptions = {}): ExcelPort {
  const run = options.run ?? officeRun();
  const req = detectRequirements(options.apiSupport ?? officeApiSupport());
  const door = makeDoor(run, req);
  const history = new FixHistory();
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const cap = options.highlightCap ?? DEFAULT_HIGHLIGHT_CAP;
  // Two overlapping changes (a double click) would delete each other's marks or write the same
  // cells twice; the second is refused with "busy" while the first runs.
  let changing = false;
  const oneAtATime = async <T>(change: () => Promise<T>): Promise<T> => {
    if (changing)
      throw new ExcelDoorError("busy", "Another change to the workbook is still running");
    changing = true;
    try {
      return await change();
    } finally {
      changing = false;
    }
  };
  const documentSettings = (): DocumentSettings | undefined =>
    options.documentSettings ?? (req.has("settings") ? undefined : officeDocumentSettings());

  return {
    kind: "excel",
    capabilities: req.capabilities,
    readSheets: (onProgress) => readSheets(door, onProgress),
    async select(ref: CellRef): Promise<void> {
      // The only item this batch names is the sheet: a missing item is that sheet.
      await door.batch(
        async (context) => {
          const ws = context.workbook.worksheets.getItem(ref.sheet);
          ws.activate();
          ws.getRange(`${ref.column}${ref.row}`).select();
          await context.sync();
        },
        { sheet: ref.sheet }
      );
    },
    async selectRows(refs): Promise<void> {
      const sheet = refs[0]?.sheet;
      if (sheet === undefined) return;
      const rows = [...new Set(refs.filter((r) => r.sheet === sheet).map((r) => r.row))];
      await door.batch(
        async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          if (req.has("multiAreaSelect")) ws.getRanges(rowAreas(rows)).select();
          else ws.getRange(`${rows[0]}:${rows[0]}`).select();
          await context.sync();
        },
        { sheet }
      );
    },
    highlight: (findings: readonly Finding[]): Promise<HighlightResult> =>
      oneAtATime(() => replaceMarks(door, planMarks(findings, cap))),
    clearHighlights: (): Promise<HighlightResult> =>
      oneAtATime(() => replaceMarks(door, undefined)),
    applyFixes: (fixes: readonly CellFix[]) => oneAtATime(() => history.apply(door, fixes)),
    undoLastFix: () => oneAtATime(() => history.undo(door)),
    loadSettings: () => loadSettings(door, documentSettings()),
    saveSettings: (settings: Settings) => saveSettings(door, settings, documentSettings()),
    async createTemplates(): Promise<TemplateResult> {
      const template = options.template
        ? await options.template()
        : buildTemplate(templateLists(await loadSettings(door, documentSettings()), today()));
      return oneAtATime(() => createTemplates(door, template));
    },
    onSheetsChanged: (listener) => watchSheets(door, run, listener, options.debounceMs ?? 1500),
  };
}

// Excel refuses an address list much longer than this; a figure's first rows are selected then.
const MAX_AREAS_TEXT = 2000;

/** "5:5,7:9,12:12": rows as whole-row areas, runs of rows joined, cut to what Excel accepts. */
export function rowAreas(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const areas: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    areas.push(`${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  let text = "";
  for (const area of areas) {
    const next = text ? `${text},${area}` : area;
    if (next.length > MAX_AREAS_TEXT) break;
    text = next;
  }
  return text;
}
