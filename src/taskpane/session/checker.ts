import { checkWorkbook, type CheckResult } from "../../core/check";
import type { Settings } from "../../core/settings";
import type { RawWorkbook } from "../../core/sheets/rawSheet";

/** Runs the core check somewhere: in a worker (the page) or right here (tests, no Worker). */
export type Checker = (raw: RawWorkbook, settings: Settings, today: string) => Promise<CheckResult>;

/**
 * The check on the main thread, after one yield so the pane can paint its progress first. Used
 * where workers are missing; the page uses `checkOffThread`.
 */
export const checkInPage: Checker = (raw, settings, today) =>
  new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(checkWorkbook(raw, settings, { today }));
      } catch (err) {
        reject(err);
      }
    }, 0);
  });
