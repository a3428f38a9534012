import type { RollupResult } from "../../core/rollup";
import { rollUpInPage, type RollupRunner } from "./runRollup";
import type { RollupReply, RollupRequest } from "./rollup.worker";

/** The roll-up in a Web Worker; where one cannot start (a locked-down iframe), in the page. */
export const rollUpOffThread: RollupRunner = (sources, today) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./rollup.worker.ts", import.meta.url));
  } catch {
    return rollUpInPage(sources, today);
  }
  return new Promise<RollupResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<RollupReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.value);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(rollUpInPage(sources, today));
    };
    const request: RollupRequest = { sources, today };
    worker.postMessage(request);
  });
};
