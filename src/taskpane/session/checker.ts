import { checkWorkbook, type CheckResult } from "../../core/check";
import { loadNationalReference } from "../../core/reference/national";
import type { Settings } from "../../core/settings";
import type { RawWorkbook } from "../../core/sheets/rawSheet";

/** Runs the core check somewhere: in a worker (the page) or right here (tests, no Worker). */
export type Checker = (raw: RawWorkbook, settings: Settings, today: string) => Promise<CheckResult>;

/**
 * The check on the main thread, after one yield so the pane can paint its progress first. Used
 * where workers are missing; the page uses `checkOffThread`.
 */
export const checkInPage: Checker = async (raw, settings, today) => {
  // Loaded on the first check, then cached: the pane's first paint does not wait for it.
  const reference = await loadNationalReference();
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(checkWorkbook(raw, settings, { today, reference }));
      } catch (err) {
        reject(err);
      }
    }, 0);
  });
};
