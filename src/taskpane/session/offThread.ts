import type { CheckResult } from "../../core/check";
import type { Settings } from "../../core/settings";
import type { RawWorkbook } from "../../core/sheets/rawSheet";
import type { OpenedWorkbook } from "../../workbook/port";
import { checkInPage, liveInPage, type Checker } from "./checker";

/** Reads .xlsx bytes into grids: the file door's reader, wherever it runs. */
export type Reader = (bytes: ArrayBuffer) => Promise<OpenedWorkbook>;

export type WorkerRequest =
  | { kind: "check"; raw: RawWorkbook; settings: Settings; today: string }
  | { kind: "read"; bytes: ArrayBuffer };

export type WorkerReply =
  { ok: true; value: unknown } | { ok: false; name: string; message: string };

/**
 * One job in a Web Worker (webpack 5 bundles `new Worker(new URL(...))` as its own chunk).
 * Where a worker cannot start (a locked-down iframe), `fallback` runs the job in the page.
 */
function inWorker<T>(request: WorkerRequest, fallback: () => Promise<T>): Promise<T> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./check.worker.ts", import.meta.url));
  } catch {
    return fallback();
  }
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.value as T);
      else {
        // Keep the error's name: the pane tells an unreadable file from a failure by it.
        const err = new Error(reply.message);
        err.name = reply.name;
        reject(err);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(fallback());
    };
    worker.postMessage(request, request.kind === "read" ? [request.bytes] : []);
  });
}

/** In a worker, but in the page while live mode is on (incremental: see checker.ts). */
export const checkOffThread: Checker = (raw, settings, today) =>
  liveInPage()
    ? checkInPage(raw, settings, today)
    : inWorker<CheckResult>({ kind: "check", raw, settings, today }, () =>
        checkInPage(raw, settings, today)
      );

/** A reader in a worker; `inPage` (the file door's own reader) runs where a worker cannot. */
export const readOffThread =
  (inPage: Reader): Reader =>
  (bytes) => {
    // The bytes move to the worker; keep a copy for the fallback in the page.
    const copy = bytes.slice(0);
    return inWorker<OpenedWorkbook>({ kind: "read", bytes }, () => inPage(copy));
  };
