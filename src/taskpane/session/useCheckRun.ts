import { useCallback, useReducer, useRef } from "react";
import type { Settings } from "../../core/settings";
import type { WorkbookPort } from "../../workbook/port";
import type { Checker } from "./checker";
import { checkRun, initialCheckRun } from "./checkRun";
import { remember } from "./paneMemory";
import type { SessionCore } from "./sessionCore";

/** Runs checks on the door's workbook through the `checkRun` state machine. */
export function useCheckRun(core: SessionCore, checker: Checker, today: string) {
  const [state, dispatch] = useReducer(checkRun, initialCheckRun);
  // Numbers each check: a live check and a manual one can overlap, and only the newest may land.
  const runs = useRef(0);
  // The running read's brake: "Hủy" aborts it between two of Excel's requests (issue 12).
  const reading = useRef<AbortController | undefined>(undefined);

  const runCheck = useCallback(
    async (target: WorkbookPort | undefined = core.live.current.port, known?: Settings) => {
      if (!target) return;
      const run = ++runs.current;
      const superseded = () => run !== runs.current;
      core.clearProblem();
      dispatch({ type: "started", run });
      try {
        const current = known ?? (await target.loadSettings());
        if (superseded()) return;
        core.setSettings(current);
        const brake = new AbortController();
        reading.current = brake;
        const raw = await target
          .readSheets(
            (done, total) => dispatch({ type: "progress", run, done, total }),
            brake.signal
          )
          .finally(() => {
            if (reading.current === brake) reading.current = undefined;
          });
        if (superseded()) return;
        dispatch({ type: "checking", run });
        const result = await checker(raw, current, today);
        if (superseded()) return;
        dispatch({ type: "checked", run, result });
        remember({ checked: true });
        core.keep(target, current, core.live.current.source);
      } catch (err) {
        if (superseded()) return;
        core.fail(err);
        dispatch({ type: "failed", run });
      }
    },
    [core, checker, today]
  );

  /** Stops the read under way; the door answers with PortError "cancelled", said calmly. */
  const cancelRead = useCallback(() => reading.current?.abort(), []);

  return { state, dispatch, runCheck, cancelRead };
}
