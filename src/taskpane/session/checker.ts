import type { CheckResult } from "../../core/check";
import type { Settings } from "../../core/settings";
import type { RawWorkbook } from "../../core/sheets/rawSheet";

/** Runs the core check somewhere: in a worker (the page) or right here (tests, no Worker). */
export type Checker = (raw: RawWorkbook, settings: Settings, today: string) => Promise<CheckResult>;

/**
 * While live mode is on, checks run here, incrementally: a one-cell edit at 50,000 rows costs
 * tens of milliseconds of checking, less than posting the grid to a worker (bench/live.ts). The
 * first check after live mode starts is whole; the checker's copy of the grid goes when it stops.
 * The engine is its own chunk, loaded on the first check here (the pane's first paint does not
 * carry the rules).
 */
let engine: Promise<typeof import("./inPageEngine")> | undefined;
const loadEngine = () => (engine ??= import("./inPageEngine"));
let live = false;

export function checkLiveInPage(on: boolean): void {
  live = on;
  if (!on && engine) void engine.then((e) => e.forgetLiveGrid());
}

export function liveInPage(): boolean {
  return live;
}

/**
 * The check on the main thread, after one yield so the pane can paint its progress first. Used
 * where workers are missing; the page uses `checkOffThread`.
 */
export const checkInPage: Checker = async (raw, settings, today) => {
  // Loaded on the first check, then cached.
  const { checkHere, loadNationalReference } = await loadEngine();
  const reference = await loadNationalReference();
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(checkHere(raw, settings, { today, reference }, live));
      } catch (err) {
        reject(err);
      }
    }, 0);
  });
};
