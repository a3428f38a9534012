import { loadNationalReference } from "../../core/reference/national";
import { rollUp, type RollupResult, type RollupSource } from "../../core/rollup";

/** Runs the roll-up somewhere: in a worker (the page) or right here (tests, no Worker). */
export type RollupRunner = (sources: RollupSource[], today: string) => Promise<RollupResult>;

/** The roll-up on this thread, after one yield so the pane paints its progress first. */
export const rollUpInPage: RollupRunner = async (sources, today) => {
  const reference = await loadNationalReference();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return rollUp(sources, { today, reference });
};

/**
 * Off the main thread where workers exist, as the check runs: thirty files of 2,000 rows are
 * seconds of work. The worker's module loads only then (jsdom has no Worker).
 */
export const rollUpAnywhere: RollupRunner = async (sources, today) => {
  if (typeof Worker === "undefined") return rollUpInPage(sources, today);
  const { rollUpOffThread } = await import("./rollupOffThread");
  return rollUpOffThread(sources, today);
};
