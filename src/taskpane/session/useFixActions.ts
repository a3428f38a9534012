import { useRef, useState } from "react";
import type { Settings } from "../../core/settings";
import type { CellFix, WorkbookPort } from "../../workbook/port";
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
  const [unsaved, setUnsaved] = useState(0);
  const lastBatch = useRef(0);

  const applyFixes = async (fixes: CellFix[]): Promise<boolean> => {
    if (!port || fixes.length === 0) return false;
    try {
      await port.applyFixes(fixes);
      setCanUndo(true);
      lastBatch.current = fixes.length;
      setUnsaved((n) => n + fixes.length);
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
      if (undone) setUnsaved((n) => Math.max(0, n - lastBatch.current));
      lastBatch.current = 0;
      if (undone) await runCheck(port, core.live.current.settings);
    } catch (err) {
      core.fail(err);
    }
  };

  /** A new workbook, or the changes written to a download: nothing is left unsaved. */
  const saved = () => {
    lastBatch.current = 0;
    setUnsaved(0);
  };

  return { canUndo, setCanUndo, unsaved, saved, applyFixes, undo };
}
