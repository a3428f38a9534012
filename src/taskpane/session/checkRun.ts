import type { CheckResult } from "../../core/check";
import { withDismissed } from "../../core/withDismissed";

/**
 * The check run as a pure state machine: opening a workbook, reading it, checking it, done. A
 * live check and a manual one can overlap; each run carries its number and only the newest may
 * move the state, so a late answer from an older run is dropped.
 */
export type Status = "idle" | "opening" | "reading" | "checking" | "done";

export interface CheckRunState {
  status: Status;
  /** The newest run's number (0 before the first). */
  run: number;
  progress?: { done: number; total: number };
  result?: CheckResult;
}

export type CheckRunEvent =
  /** A workbook is being opened (the standalone page). */
  | { type: "opening" }
  /** Another workbook is held now: the last one's results go. */
  | { type: "adopted" }
  /** Opening failed: nothing runs any more. */
  | { type: "openFailed" }
  | { type: "started"; run: number }
  | { type: "progress"; run: number; done: number; total: number }
  | { type: "checking"; run: number }
  | { type: "checked"; run: number; result: CheckResult }
  | { type: "failed"; run: number }
  /** A finding was dismissed: the result without it, as a re-check would give it. */
  | { type: "dismissed"; key: string };

export const initialCheckRun: CheckRunState = { status: "idle", run: 0 };

export function checkRun(state: CheckRunState, event: CheckRunEvent): CheckRunState {
  switch (event.type) {
    case "opening":
      return { ...state, status: "opening" };
    case "adopted":
      return { ...state, result: undefined, progress: undefined };
    case "openFailed":
      return { ...state, status: "done" };
    case "started":
      return { ...state, run: event.run, status: "reading", progress: undefined };
    case "dismissed":
      return state.result ? { ...state, result: withDismissed(state.result, event.key) } : state;
  }
  if (event.run !== state.run) return state;
  switch (event.type) {
    case "progress":
      return { ...state, progress: { done: event.done, total: event.total } };
    case "checking":
      return { ...state, status: "checking" };
    case "checked":
      return { ...state, status: "done", result: event.result };
    case "failed":
      return { ...state, status: "done" };
  }
}

/** Opening, reading or checking: one answer for every control that must wait. */
export function isBusy(status: Status): boolean {
  return status === "opening" || status === "reading" || status === "checking";
}
