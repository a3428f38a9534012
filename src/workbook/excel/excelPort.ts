import { localIsoDate } from "../../core/isoDate";
import type { CellRef, Finding } from "../../core/findings/finding";
import type { Settings } from "../../core/settings";
import type { Template } from "../../core/sheets/template";
import {
  PortError,
  type CellFix,
  type HighlightResult,
  type RowBlock,
  type TemplateResult,
  type WorkbookPort,
} from "../port";
import { makeDoor, officeRun, type ExcelRun } from "./door";
import { FixHistory } from "./fixes";
import { importChunks, importRows, importWrites } from "./importRows";
import { DEFAULT_HIGHLIGHT_CAP, planMarks, replaceMarks } from "./highlights";
import { readSheets } from "./readSheets";
import {
  detectRequirements,
  officeApiSupport,
  officePlatform,
  type ApiSupport,
} from "./requirements";
import {
  loadSettings,
  officeDocumentSettings,
  saveSettings,
  type DocumentSettings,
} from "./settingsStore";
import { createTemplates } from "./templates";
import { watchSheets } from "./liveMode";
import { LiveCache } from "./liveCache";
import { readChanged } from "./readChanged";

export interface ExcelPortOptions {
  /** `Excel.run` (default) or a test fake. */
  run?: ExcelRun;
  /** ExcelApi support (default: `Office.context.requirements.isSetSupported`). */
  apiSupport?: ApiSupport;
  /** Office's platform name (default: `Office.context.diagnostics.platform`). */
  platform?: string;
  /** Settings store before ExcelApi 1.4 (default: `Office.context.document.settings`). */
  documentSettings?: DocumentSettings;
  /** The template to create (default: lists from the workbook's settings as of `today`). */
  template?: () => Template | Promise<Template>;
  /**
   * ISO date for the default template's province list (default: the local clock, as the pane and
   * the CLI read it; the core never reads it).
   */
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
  const req = detectRequirements(
    options.apiSupport ?? officeApiSupport(),
    "platform" in options ? options.platform : officePlatform()
  );
  const door = makeDoor(run, req);
  const history = new FixHistory();
  const today = options.today ?? (() => localIsoDate(new Date()));
  const cap = options.highlightCap ?? DEFAULT_HIGHLIGHT_CAP;
  // Two overlapping changes (a double click) would delete each other's marks or write the same
  // cells twice; the second is refused with "busy" while the first runs.
  let changing = false;
  const oneAtATime = async <T>(change: () => Promise<T>): Promise<T> => {
    if (changing) throw new PortError("busy", "Another change to the workbook is still running");
    changing = true;
    try {
      return await change();
    } finally {
      changing = false;
    }
  };
  const live = new LiveCache();
  // Before ExcelApi 1.14 events carry no triggerSource: the door names the cells it will write.
  const ownWrites = async <T>(
    writes: readonly { sheet: string; address: string }[],
    write: () => Promise<T>
  ): Promise<T> => {
    for (const w of writes) live.expectOwnWrite(w.sheet, w.address);
    try {
      return await write();
    } catch (err) {
      live.forgetOwnWrites();
      throw err;
    }
  };
  const documentSettings = (): DocumentSettings | undefined =>
    options.documentSettings ?? (req.has("settings") ? undefined : officeDocumentSettings());

  return {
    kind: "excel",
    capabilities: req.capabilities,
    async readSheets(onProgress, signal) {
      // In live mode, only the rows edited since the last read (readChanged.ts).
      const quick = await readChanged(door, live, signal);
      if (quick) {
        onProgress?.(1, 1);
        return quick;
      }
      const book = await readSheets(door, onProgress, signal);
      live.remember(book);
      return book;
    },
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
    applyFixes: (fixes: readonly CellFix[]) =>
      oneAtATime(() =>
        ownWrites(
          fixes.map((f) => ({ sheet: f.sheet, address: `${f.column}${f.row}` })),
          () => history.apply(door, fixes)
        )
      ),
    undoLastFix: () =>
      oneAtATime(async () => {
        const last = history.last;
        const undone = await ownWrites(last?.writes ?? [], () => history.undo(door));
        if (undone && last?.grows) live.invalidate();
        return undone;
      }),
    importRows: (blocks: readonly RowBlock[]) =>
      oneAtATime(async () => {
        const step = await ownWrites(importWrites(importChunks(blocks)), () =>
          importRows(door, blocks)
        );
        // Rows were added: the next read is whole.
        live.invalidate();
        if (step) history.push(step);
      }),
    loadSettings: () => loadSettings(door, documentSettings()),
    saveSettings: (settings: Settings) => saveSettings(door, settings, documentSettings()),
    async createTemplates(): Promise<TemplateResult> {
      const template = options.template
        ? await options.template()
        : // Loaded on demand: it brings the national reference's code with it.
          await (
            await import("../../core/sheets/templateFor")
          ).templateFor(await loadSettings(door, documentSettings()), today());
      return oneAtATime(() => createTemplates(door, template));
    },
    onSheetsChanged: (listener) =>
      watchSheets(door, run, listener, options.debounceMs ?? 1500, live),
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
