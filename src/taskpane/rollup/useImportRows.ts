import { useMemo, useState } from "react";
import { usePaneSession } from "../session/PaneSession";
import { problemOf } from "../session/problemOf";
import { importPlan } from "./importPlan";
import type { Said } from "./said";
import type { RollupState } from "./useRollup";

/**
 * Excel: the rows the open workbook lacks, written under its rows after the preview; undo takes
 * the whole import back. The workbook is checked again after each, and the files rolled up again
 * (so the preview then says there is nothing new).
 */
export function useImportRows(
  state: RollupState,
  targetName: string,
  say: (said: Said) => void,
  again: () => Promise<void>
) {
  const session = usePaneSession();
  const port = session.port;
  const [canUndo, setCanUndo] = useState(false);
  const [working, setWorking] = useState(false);
  const plan = useMemo(
    () =>
      state.result && state.target
        ? importPlan(state.target.raw, state.result, targetName)
        : undefined,
    [state.result, state.target, targetName]
  );
  const rows = plan?.sheets.reduce((n, s) => n + s.rows, 0) ?? 0;

  const step = async (write: () => Promise<void>, done: Said) => {
    setWorking(true);
    try {
      await write();
      await again();
      say(done);
      void session.check();
    } catch (err) {
      say({ intent: "error", ...problemOf(err) });
    } finally {
      setWorking(false);
    }
  };

  const importNow = () =>
    step(
      async () => {
        if (!plan || !port?.importRows) return;
        await port.importRows(plan.blocks);
        setCanUndo(true);
      },
      { intent: "success", key: "rollup.imported", params: { count: rows } }
    );

  const undo = () =>
    step(
      async () => {
        await port?.undoLastFix();
        setCanUndo(false);
      },
      { intent: "success", key: "rollup.undone" }
    );

  return { plan, rows, canImport: Boolean(port?.importRows), canUndo, working, importNow, undo };
}
