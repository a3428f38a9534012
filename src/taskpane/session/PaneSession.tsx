import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { CheckResult } from "../../core/check";
import { localIsoDate } from "../../core/isoDate";
import type { CellRef, Finding } from "../../core/findings/finding";
import type { Settings } from "../../core/settings";
import { defaultSettings } from "../../core/settingsDefaults";
import type { RawWorkbook } from "../../core/sheets/rawSheet";
import type {
  CellFix,
  FileDoor,
  HighlightResult,
  TemplateResult,
  WorkbookPort,
} from "../../workbook/port";
import type { MessageKey } from "../i18n";
import { checkInPage, type Checker } from "./checker";
import { isBusy, type Status } from "./checkRun";
import { problemOf } from "./problemOf";
import type { Live, SessionCore } from "./sessionCore";
import { rememberWorkbook } from "./standaloneMemory";
import { useCheckRun } from "./useCheckRun";
import { useFixActions } from "./useFixActions";
import { useLeaveGuard } from "./useLeaveGuard";
import { useLiveMode } from "./useLiveMode";
import { useOpenWorkbook } from "./useOpenWorkbook";
import { useSettingsActions } from "./useSettingsActions";

export type { Status } from "./checkRun";
export { SAMPLE_NAME } from "./useOpenWorkbook";

/** What the pane is given from outside React (index.tsx): the doors and where the check runs. */
export interface PaneServices {
  /** The Excel door (only called in Excel; may load it first). */
  excelPort?: () => WorkbookPort | Promise<WorkbookPort>;
  check?: Checker;
  /** How the standalone page opens workbooks (reading them in a worker). */
  files?: FileDoor;
  /** ISO "today" (the door reads the clock; the core never does). */
  today?: () => string;
  /** The sample workbook for the standalone page (loaded lazily by default). */
  sample?: () => Promise<RawWorkbook>;
  /** Standalone: open and check the sample at start when no workbook is open (`?sample`). */
  openSampleAtStart?: boolean;
}

export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface PaneSession {
  host: "excel" | "standalone";
  port?: WorkbookPort;
  /** The page's file door: workbooks it opens, templates it downloads. */
  files?: FileDoor;
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
  /** Cells fixed in the page's workbook and not yet downloaded (standalone). */
  unsaved: number;
  /** The fixed workbook was downloaded: nothing is unsaved any more. */
  markSaved(): void;
  today: string;
  /** Live mode: re-check a moment after the user edits a sheet (Excel, ExcelApi 1.9). */
  autoCheck: boolean;
  setAutoCheck(on: boolean): void;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  check(): Promise<void>;
  /** Stops the read under way (Excel reads sheet by sheet; the page reads at once). */
  cancelCheck(): void;
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
  /** Shows a failure of the pane's own (a download) where the door's failures show. */
  showProblem(err: unknown): void;
  clearProblem(): void;
}

const SessionContext = createContext<PaneSession | undefined>(undefined);

export function usePaneSession(): PaneSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("usePaneSession outside PaneSessionProvider");
  return session;
}

/** The user's own calendar date, as the Excel door and the CLI read it (not UTC's). */
const isoToday = () => localIsoDate(new Date());

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
  const [port, setPort] = useState<WorkbookPort | undefined>();
  const [source, setSource] = useState<string | undefined>();
  const [settings, setSettingsState] = useState<Settings>(defaultSettings);
  const [problem, setProblem] = useState<Problem>();
  const [shown, setShown] = useState<CellRef>();
  const live = useRef<Live>({ port, settings, source });
  live.current = { port, settings, source };

  const core: SessionCore = useMemo(
    () => ({
      host,
      live,
      setSettings(next) {
        live.current.settings = next;
        setSettingsState(next);
      },
      fail: (err) => setProblem(problemOf(err)),
      clearProblem: () => setProblem(undefined),
      keep(target, current, name) {
        if (host === "standalone") rememberWorkbook(target, current, name);
      },
    }),
    [host]
  );
  const { state, dispatch, runCheck, cancelRead } = useCheckRun(
    core,
    services.check ?? checkInPage,
    today
  );
  const fixes = useFixActions(core, port, runCheck);
  const hold = useCallback((next: WorkbookPort, name: string | undefined, unsaved = 0) => {
    setPort(next);
    setSource(name);
    setShown(undefined);
    fixes.setCanUndo(false);
    fixes.saved(unsaved);
    live.current.port = next;
    live.current.source = name;
  }, []);
  const opening = useOpenWorkbook({
    core,
    today,
    files: services.files,
    excelPort: services.excelPort,
    sample: services.sample,
    openSampleAtStart: services.openSampleAtStart,
    dispatch,
    runCheck,
    hold,
    show: setShown,
  });
  useLeaveGuard(host === "standalone" && fixes.unsaved > 0);
  const [autoCheck, setAutoCheck] = useLiveMode(port, runCheck, core.fail);
  const settingsActions = useSettingsActions(core, port, dispatch, runCheck);

  /** A door call whose failure shows in the pane and answers undefined. */
  const guarded =
    <A extends unknown[], T>(call: (...args: A) => Promise<T> | undefined) =>
    async (...args: A): Promise<T | undefined> => {
      try {
        return await call(...args);
      } catch (err) {
        core.fail(err);
        return undefined;
      }
    };

  const session: PaneSession = {
    host,
    port,
    files: services.files,
    source,
    settings,
    status: state.status,
    busy: isBusy(state.status),
    progress: state.progress,
    result: state.result,
    problem,
    shown,
    canUndo: fixes.canUndo,
    unsaved: host === "standalone" ? fixes.unsaved : 0,
    markSaved: () => fixes.saved(),
    today,
    autoCheck,
    setAutoCheck,
    openFile: opening.openFile,
    openSample: opening.openSample,
    check: () => runCheck(),
    cancelCheck: cancelRead,
    select: async (f) =>
      void (await guarded(() => port?.select({ sheet: f.sheet, row: f.row, column: f.column }))()),
    ...settingsActions,
    applyFixes: fixes.applyFixes,
    undo: fixes.undo,
    highlight: guarded((findings: readonly Finding[]) => port?.highlight(findings)),
    clearHighlights: guarded(() => port?.clearHighlights()),
    createTemplates: guarded(() => port?.createTemplates()),
    showProblem: core.fail,
    clearProblem: core.clearProblem,
  };

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
