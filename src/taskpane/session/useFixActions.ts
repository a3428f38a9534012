import { useRef, useState } from "react";
import type { Settings } from "../../core/settings";
import type { CellFix, WorkbookPort } from "../../workbook/port";
import { remember } from "./paneMemory";
import type { SessionCore } from "./sessionCore";

/** Fixes written through the door, the last batch undoable, each followed by a re-check. */
export function useFixActions(
  core: SessionCore,
  port: WorkbookPort | undefined,
  runCheck: (port: WorkbookPort, known: Settings) => Promise<void>
) {
  const [canUndo, setCanUndo] = useState(false);
  // Cells changed in the open workbook since it was opened or last downloaded: the page must not
  // lose them silently (issue 16). The last batch is what an undo takes back.
  const [unsaved, setUnsavedState] = useState(0);
  const count = useRef(0);
  const lastBatch = useRef(0);
  // Remembered with the page's workbook (standaloneMemory), so a reload still asks before losing them.
  const setUnsaved = (n: number) => {
    count.current = n;
    setUnsavedState(n);
    if (core.host === "standalone") remember({ unsaved: n });
  };

  const applyFixes = async (fixes: CellFix[]): Promise<boolean> => {
    if (!port || fixes.length === 0) return false;
    try {
      await port.applyFixes(fixes);
      setCanUndo(true);
      lastBatch.current = fixes.length;
      setUnsaved(count.current + fixes.length);
      await runCheck(port, core.live.current.settings);
      return true;
    } catch (err) {
      core.fail(err);
      return false;
    }
  };

  const undo = async () => {
    if (!port) return;
    try {
      const undone = await port.undoLastFix();
      setCanUndo(false);
      if (undone) setUnsaved(Math.max(0, count.current - lastBatch.current));
      lastBatch.current = 0;
      if (undone) await runCheck(port, core.live.current.settings);
    } catch (err) {
      core.fail(err);
    }
  };

  /**
   * A new workbook, or the changes written to a download: nothing is left unsaved; or the
   * workbook a reload brought back, with the `kept` cells it still had unsaved.
   */
  const saved = (kept = 0) => {
    lastBatch.current = 0;
    setUnsaved(kept);
  };

  return { canUndo, setCanUndo, unsaved, saved, applyFixes, undo };
}
