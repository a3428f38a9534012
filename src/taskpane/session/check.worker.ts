/// <reference lib="webworker" />
import { checkWorkbook } from "../../core/check";
import type { CheckRequest, CheckReply } from "./checkOffThread";

/** The check off the main thread: a 50,000-row workbook must not freeze the pane. */
self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { raw, settings, today } = event.data;
  let reply: CheckReply;
  try {
    reply = { ok: true, result: checkWorkbook(raw, settings, { today }) };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
