/// <reference lib="webworker" />
import { loadNationalReference } from "../../core/reference/national";
import { rollUp, type RollupResult, type RollupSource } from "../../core/rollup";

// In this module `self` is the worker's own scope, not the page's window.
declare const self: DedicatedWorkerGlobalScope;

export interface RollupRequest {
  sources: RollupSource[];
  today: string;
}

export type RollupReply = { ok: true; value: RollupResult } | { ok: false; message: string };

/** The roll-up off the main thread: each file's check and the merge keep the pane answering. */
self.onmessage = async (event: MessageEvent<RollupRequest>) => {
  let reply: RollupReply;
  try {
    const { sources, today } = event.data;
    const reference = await loadNationalReference();
    reply = { ok: true, value: rollUp(sources, { today, reference }) };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
