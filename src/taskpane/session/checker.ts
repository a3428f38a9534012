import { checkWorkbook, type CheckResult } from "../../core/check";
import { loadNationalReference } from "../../core/reference/national";
import type { Settings } from "../../core/settings";
import type { RawWorkbook } from "../../core/sheets/rawSheet";
import type { ReadXlsxResult } from "../../workbook/file/readXlsx";

/** Runs the core check somewhere: in a worker (the page) or right here (tests, no Worker). */
export type Checker = (raw: RawWorkbook, settings: Settings, today: string) => Promise<CheckResult>;

/** Reads .xlsx bytes into grids somewhere: in a worker (the page) or right here. */
export type Reader = (bytes: ArrayBuffer) => Promise<ReadXlsxResult>;

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

/** exceljs is loaded only now; an unreadable file fails with `UnreadableWorkbookError` by name. */
export const readInPage: Reader = async (bytes) => {
  const { readXlsx } = await import("../../workbook/file/readXlsx");
  return readXlsx(bytes);
};
