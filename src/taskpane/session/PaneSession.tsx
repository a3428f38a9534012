import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { withDismissed, type CheckResult } from "../../core/check";
import { findingKey, type CellRef, type Finding } from "../../core/findings";
import { defaultSettings, type Settings } from "../../core/settings";
import type { RawWorkbook } from "../../core/sheets/rawSheet";
import { createFilePort, type FilePort } from "../../workbook/file/filePort";
import type { CellFix, HighlightResult, TemplateResult, WorkbookPort } from "../../workbook/port";
import type { MessageKey } from "../i18n";
import { base64ToBytes, bytesToBase64 } from "./base64";
import { checkInPage, readInPage, type Checker, type Reader } from "./checker";
import { recall, remember } from "./paneMemory";
import { problemOf } from "./problemOf";

/** What the pane is given from outside React: the host's door and where the check runs. */
export interface PaneServices {
  /** The Excel door (only called in Excel). */
  excelPort?: () => WorkbookPort;
  check?: Checker;
  /** Where an .xlsx is parsed (a worker on the page). */
  read?: Reader;
  /** ISO "today" (the door reads the clock; the core never does). */
  today?: () => string;
  /** The sample workbook for the standalone page (loaded lazily by default). */
  sample?: () => Promise<RawWorkbook>;
  /** Standalone: open and check the sample at start when no workbook is open (`?sample`). */
  openSampleAtStart?: boolean;
}

export type Status = "idle" | "opening" | "reading" | "checking" | "done";

export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface PaneSession {
  host: "excel" | "standalone";
  port?: WorkbookPort;
  /** The open file's name (standalone). */
  source?: string;
  settings: Settings;
  status: Status;
  /** Opening, reading or checking: one answer for every control that must wait. */
  busy: boolean;
  progress?: { done: number; total: number };
  result?: CheckResult;
  problem?: Problem;
  /** The cell the standalone page shows with its neighbours. */
  shown?: CellRef;
  canUndo: boolean;
  today: string;
  /** Live mode: re-check a moment after the user edits a sheet (Excel, ExcelApi 1.9). */
  autoCheck: boolean;
  setAutoCheck(on: boolean): void;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  check(): Promise<void>;
  select(finding: Finding): Promise<void>;
  dismiss(finding: Finding): Promise<void>;
  /** Brings back every dismissed finding: clears the workbook's list and checks again. */
  restoreDismissed(): Promise<void>;
  applyFixes(fixes: CellFix[]): Promise<boolean>;
  undo(): Promise<void>;
  highlight(findings: readonly Finding[]): Promise<HighlightResult | undefined>;
  clearHighlights(): Promise<HighlightResult | undefined>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  createTemplates(): Promise<TemplateResult | undefined>;
  clearProblem(): void;
}

const SessionContext = createContext<PaneSession | undefined>(undefined);

export function usePaneSession(): PaneSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("usePaneSession outside PaneSessionProvider");
  return session;
}

const isoToday = () => new Date().toISOString().slice(0, 10);
const loadSample = async (): Promise<RawWorkbook> =>
  (await import("../../core/sample")).sampleWorkbook({ mistakes: true });

export function PaneSessionProvider({
  host,
  services = {},
  children,
}: {
  host: "excel" | "standalone";
  services?: PaneServices;
  children: ReactNode;
}) {
  const today = useMemo(() => (services.today ?? isoToday)(), [services.today]);
  const checker = services.check ?? checkInPage;
  const [port, setPort] = useState<WorkbookPort | undefined>();
  const [source, setSource] = useState<string | undefined>();
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [status, setStatus] = useState<Status>("idle");
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [result, setResult] = useState<CheckResult>();
  const [problem, setProblem] = useState<Problem>();
  const [shown, setShown] = useState<CellRef>();
  const [canUndo, setCanUndo] = useState(false);
  const [autoCheck, setAutoCheck] = useState(() => recall().autoCheck === true);
  // The latest values for callbacks that outlive a render (the check after a fix).
  const live = useRef({ port, settings, source });
  live.current = { port, settings, source };

  // Numbers each check: a live check and a manual one can overlap, and only the newest may land.
  const runs = useRef(0);

  const fail = (err: unknown) => setProblem(problemOf(err));

  const runCheck = useCallback(
    async (target: WorkbookPort | undefined = live.current.port, known?: Settings) => {
      if (!target) return;
      const run = ++runs.current;
      const superseded = () => run !== runs.current;
      setProblem(undefined);
      setStatus("reading");
      setProgress(undefined);
      try {
        const current = known ?? (await target.loadSettings());
        if (superseded()) return;
        setSettings(current);
        live.current.settings = current;
        const raw = await target.readSheets((done, total) => {
          if (!superseded()) setProgress({ done, total });
        });
        if (superseded()) return;
        setStatus("checking");
        const checked = await checker(raw, current, today);
        if (superseded()) return;
        setResult(checked);
        remember({ checked: true });
        if (target.kind === "file") rememberFile(target as FilePort, current, live.current.source);
      } catch (err) {
        if (!superseded()) fail(err);
      } finally {
        if (!superseded()) setStatus("done");
      }
    },
    [checker, today]
  );

  const adopt = useCallback(
    async (next: FilePort, name: string) => {
      setPort(next);
      setSource(name);
      setResult(undefined);
      setShown(undefined);
      setCanUndo(false);
      live.current.port = next;
      live.current.source = name;
      await runCheck(next);
    },
    [runCheck]
  );

  const filePortOptions = useMemo(
    () => ({
      onSelect: (ref: CellRef) => setShown(ref),
      template: async () =>
        (await import("../../core/sheets/templateFor")).templateFor(live.current.settings, today),
    }),
    [today]
  );

  const openSample = async () => {
    setProblem(undefined);
    setStatus("opening");
    try {
      const raw = await (services.sample ?? loadSample)();
      await adopt(createFilePort(raw, filePortOptions), SAMPLE_NAME);
    } catch (err) {
      fail(err);
      setStatus("done");
    }
  };

  // Start: the Excel door, or the workbook this page had open before a reload, or the sample.
  useEffect(() => {
    if (host === "excel" && services.excelPort) {
      const excel = services.excelPort();
      setPort(excel);
      live.current.port = excel;
      excel.loadSettings().then(setSettings, fail);
      if (recall().checked) void runCheck(excel);
      return;
    }
    const kept = recall().standalone;
    if (kept) {
      void adopt(
        createFilePort(kept.raw, {
          ...filePortOptions,
          settingsJson: kept.settingsJson,
          original: kept.original ? base64ToBytes(kept.original) : undefined,
        }),
        kept.name
      );
    } else if (services.openSampleAtStart) {
      void openSample();
    }
    // Once per host: later changes come from the user.
  }, [host]);

  // Live mode: one subscription while it is on; edits made by our own fixes re-check too, harmlessly.
  useEffect(() => {
    if (!autoCheck || !port?.onSheetsChanged || !port.capabilities.liveMode) return;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    port
      .onSheetsChanged(() => void runCheck(port))
      .then(
        (s) => (cancelled ? void s().catch(() => undefined) : (stop = s)),
        (err: unknown) => {
          setAutoCheck(false);
          fail(err);
        }
      );
    return () => {
      cancelled = true;
      void stop?.().catch(() => undefined);
    };
  }, [autoCheck, port, runCheck]);

  const session: PaneSession = {
    host,
    port,
    source,
    settings,
    status,
    busy: status === "opening" || status === "reading" || status === "checking",
    progress,
    result,
    problem,
    shown,
    canUndo,
    today,
    autoCheck,
    setAutoCheck(on) {
      setAutoCheck(on);
      remember({ autoCheck: on });
    },
    async openFile(file) {
      setProblem(undefined);
      setStatus("opening");
      try {
        const bytes = await bytesOf(file);
        // The reader may move the bytes to a worker; the download patches this copy.
        const original = new Uint8Array(bytes.slice(0));
        const read = await (services.read ?? readInPage)(bytes);
        const opened = createFilePort(read.workbook, {
          ...filePortOptions,
          settingsJson: read.settingsJson,
          original,
        });
        await adopt(opened, file.name);
      } catch (err) {
        fail(err);
        setStatus("done");
      }
    },
    openSample,
    check: () => runCheck(),
    async select(finding) {
      try {
        await port?.select({ sheet: finding.sheet, row: finding.row, column: finding.column });
      } catch (err) {
        fail(err);
      }
    },
    async dismiss(finding) {
      if (!port) return;
      // From the latest settings, not this render's: a second dismissal may come before the
      // first one's save has re-rendered the pane.
      const latest = live.current.settings;
      const next: Settings = {
        ...latest,
        dismissed: [
          ...latest.dismissed,
          { code: finding.code, sheet: finding.sheet, cell: `${finding.column}${finding.row}` },
        ],
      };
      const entry = next.dismissed[next.dismissed.length - 1];
      live.current.settings = next;
      setSettings(next);
      try {
        await port.saveSettings(next);
        const key = findingKey(finding);
        setResult((r) => r && withDismissed(r, key));
        if (port.kind === "file") rememberFile(port as FilePort, live.current.settings, source);
      } catch (err) {
        // Not saved: take this one back out, keeping any dismissal made meanwhile.
        const kept = live.current.settings;
        live.current.settings = {
          ...kept,
          dismissed: kept.dismissed.filter((d) => d !== entry),
        };
        setSettings(live.current.settings);
        fail(err);
      }
    },
    async restoreDismissed() {
      if (!port) return;
      const next: Settings = { ...live.current.settings, dismissed: [] };
      live.current.settings = next;
      setSettings(next);
      try {
        await port.saveSettings(next);
      } catch (err) {
        fail(err);
        return;
      }
      await runCheck(port, next);
    },
    async applyFixes(fixes) {
      if (!port || fixes.length === 0) return false;
      try {
        await port.applyFixes(fixes);
        setCanUndo(true);
        await runCheck(port, live.current.settings);
        return true;
      } catch (err) {
        fail(err);
        return false;
      }
    },
    async undo() {
      if (!port) return;
      try {
        const undone = await port.undoLastFix();
        setCanUndo(false);
        if (undone) await runCheck(port, live.current.settings);
      } catch (err) {
        fail(err);
      }
    },
    async highlight(findings) {
      try {
        return await port?.highlight(findings);
      } catch (err) {
        fail(err);
        return undefined;
      }
    },
    async clearHighlights() {
      try {
        return await port?.clearHighlights();
      } catch (err) {
        fail(err);
        return undefined;
      }
    },
    async saveSettings(patch) {
      const next = { ...live.current.settings, ...patch };
      live.current.settings = next;
      setSettings(next);
      try {
        await port?.saveSettings(next);
        if (port?.kind === "file") rememberFile(port as FilePort, next, source);
      } catch (err) {
        fail(err);
      }
    },
    async createTemplates() {
      try {
        return await port?.createTemplates();
      } catch (err) {
        fail(err);
        return undefined;
      }
    },
    clearProblem: () => setProblem(undefined),
  };

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The name the sample workbook goes by when downloaded. */
export const SAMPLE_NAME = "so-mau-ocop.xlsx";

/**
 * The result without one finding, as a re-check would give it (without the wait): a dismissed
 * error was reviewed by the user, so its row goes back into the report (as in core/check.ts).
 */
/** Past this many cells a workbook is not copied into sessionStorage (it would not fit). */
const REMEMBERED_CELLS = 100_000;
/** Past this size the opened file's bytes are not kept either (base64 adds a third). */
const REMEMBERED_BYTES = 1_000_000;

function rememberFile(port: FilePort, settings: Settings, name: string | undefined): void {
  const raw = port.workbook();
  const cells = raw.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
  if (cells > REMEMBERED_CELLS) {
    remember({ standalone: undefined });
    return;
  }
  const original = port.original();
  remember({
    standalone: {
      name: name ?? "workbook.xlsx",
      raw,
      settingsJson: JSON.stringify(settings),
      original:
        original && original.byteLength <= REMEMBERED_BYTES ? bytesToBase64(original) : undefined,
    },
  });
}

/** File.arrayBuffer is missing in older Safari (and jsdom); FileReader is everywhere. */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
