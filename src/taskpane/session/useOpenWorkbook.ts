import { useEffect, useMemo, type Dispatch } from "react";
import type { CellRef } from "../../core/findings/finding";
import type { RawWorkbook } from "../../core/sheets/rawSheet";
import type { FileDoor, FileDoorOptions, WorkbookPort } from "../../workbook/port";
import type { CheckRunEvent } from "./checkRun";
import { recall } from "./paneMemory";
import type { SessionCore } from "./sessionCore";
import { recallWorkbook } from "./standaloneMemory";

/** The name the sample workbook goes by when downloaded. */
export const SAMPLE_NAME = "so-mau-ocop.xlsx";

const loadSample = async (): Promise<RawWorkbook> =>
  (await import("../../core/sample")).sampleWorkbook({ mistakes: true });

export interface OpenWorkbookDeps {
  core: SessionCore;
  today: string;
  files?: FileDoor;
  /** May load the door first (index.tsx keeps it out of the pane's first load). */
  excelPort?: () => WorkbookPort | Promise<WorkbookPort>;
  sample?: () => Promise<RawWorkbook>;
  openSampleAtStart?: boolean;
  dispatch: Dispatch<CheckRunEvent>;
  runCheck(port?: WorkbookPort): Promise<void>;
  /** Another workbook is held now (its name on the page), with `unsaved` fixed cells. */
  hold(port: WorkbookPort, name: string | undefined, unsaved?: number): void;
  show(ref: CellRef | undefined): void;
}

/**
 * Where the session's workbook comes from: the Excel door, or in the page a file, the sample, or
 * the workbook the page held before a reload. Every new workbook is checked at once.
 */
export function useOpenWorkbook(deps: OpenWorkbookDeps) {
  const { core, today, dispatch, runCheck, hold } = deps;

  const fileOptions: FileDoorOptions = useMemo(
    () => ({
      onSelect: (ref: CellRef) => deps.show(ref),
      // Loaded on demand: the communes' list comes from the national reference.
      template: async () =>
        (await import("../../core/sheets/templateFor")).templateFor(
          core.live.current.settings,
          today
        ),
    }),
    [today]
  );
  const fileDoor = (): FileDoor => {
    if (!deps.files) throw new Error("No file door was given to the standalone page");
    return deps.files;
  };

  const adopt = async (next: WorkbookPort, name: string, unsaved = 0) => {
    hold(next, name, unsaved);
    dispatch({ type: "adopted" });
    await runCheck(next);
  };

  const opening = async (open: () => Promise<WorkbookPort>, name: string) => {
    core.clearProblem();
    dispatch({ type: "opening" });
    try {
      await adopt(await open(), name);
    } catch (err) {
      core.fail(err);
      dispatch({ type: "openFailed" });
    }
  };

  const openSample = () =>
    opening(
      async () => fileDoor().fromGrids(await (deps.sample ?? loadSample)(), fileOptions),
      SAMPLE_NAME
    );

  const openFile = (file: File) =>
    opening(async () => fileDoor().open(await bytesOf(file), fileOptions), file.name);

  // Start: the Excel door, or the workbook this page had open before a reload, or the sample.
  useEffect(() => {
    if (core.host === "excel" && deps.excelPort) {
      const made = deps.excelPort();
      const start = (excel: WorkbookPort) => {
        hold(excel, undefined);
        excel.loadSettings().then(core.setSettings, core.fail);
        if (recall().checked) void runCheck(excel);
      };
      if (made instanceof Promise) made.then(start, core.fail);
      else start(made);
      return;
    }
    const kept = deps.files && recallWorkbook(deps.files, fileOptions);
    if (kept) void adopt(kept.port, kept.name, kept.unsaved);
    else if (deps.openSampleAtStart) void openSample();
    // Once per host: later changes come from the user.
  }, [core.host]);

  return { openFile, openSample };
}

/** File.arrayBuffer is missing in older Safari (and jsdom); FileReader is everywhere. */
export function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
