import type { CheckResult } from "../../core/check";
import type { Settings } from "../../core/settings";
import type { RawWorkbook } from "../../core/sheets/rawSheet";
import { checkInPage, type Checker } from "./checker";

export interface CheckRequest {
  raw: RawWorkbook;
  settings: Settings;
  today: string;
}

export type CheckReply = { ok: true; result: CheckResult } | { ok: false; message: string };

/**
 * The check in a Web Worker (webpack 5 bundles `new Worker(new URL(...))` as its own chunk).
 * Where workers cannot start (a locked-down iframe), the check runs in the page instead.
 */
export const checkOffThread: Checker = (raw, settings, today) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./check.worker.ts", import.meta.url));
  } catch {
    return checkInPage(raw, settings, today);
  }
  return new Promise<CheckResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(checkInPage(raw, settings, today));
    };
    const request: CheckRequest = { raw, settings, today };
    worker.postMessage(request);
  });
};
