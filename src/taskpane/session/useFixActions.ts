import { useState } from "react";
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

  const applyFixes = async (fixes: CellFix[]): Promise<boolean> => {
    if (!port || fixes.length === 0) return false;
    try {
      await port.applyFixes(fixes);
      setCanUndo(true);
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
      if (undone) await runCheck(port, core.live.current.settings);
    } catch (err) {
      core.fail(err);
    }
  };

  return { canUndo, setCanUndo, applyFixes, undo };
}
