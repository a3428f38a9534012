/// <reference lib="webworker" />
import { checkWorkbook } from "../../core/check";
// The worker entry reads files itself (eslint.config.mjs allows it the file door's reader).
import { readInPage } from "../../workbook/file/readInPage";
import { loadNationalReference } from "../../core/reference/national";
import type { WorkerReply, WorkerRequest } from "./offThread";

// In this module `self` is the worker's own scope, not the page's window.
declare const self: DedicatedWorkerGlobalScope;

/**
 * Reading and checking off the main thread: exceljs parsing a 50,000-row file and the check
 * itself each take seconds, and the pane must keep answering meanwhile.
 */
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let reply: WorkerReply;
  try {
    if (request.kind === "check") {
      const { raw, settings, today } = request;
      const reference = await loadNationalReference();
      reply = { ok: true, value: checkWorkbook(raw, settings, { today, reference }) };
    } else {
      reply = { ok: true, value: await readInPage(request.bytes) };
    }
  } catch (err) {
    reply = {
      ok: false,
      // Class names do not survive minifying; readInPage names the error the pane tells apart.
      name: err instanceof Error ? err.name : "Error",
      message: err instanceof Error ? err.message : String(err),
    };
  }
  self.postMessage(reply);
};
