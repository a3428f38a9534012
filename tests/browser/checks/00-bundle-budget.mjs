import { strict as assert } from "node:assert";
import { initialBundle, kib } from "../../../scripts/bundle-size.mjs";

/**
 * The pane's first load stays within its budget: the JavaScript taskpane.html loads before the
 * user does anything, gzip level 9, at most 250 KiB (the goal bench/pane.mjs prints; the check's rules, zod,
 * the Excel door, the report and the roll-up load when first needed). Measured on the build the
 * suite runs against.
 */
const BUDGET = 250 * 1024;

export default async function bundleBudget({ dist }) {
  const { files, gzip } = initialBundle(dist, "taskpane.html");
  assert.ok(files.length > 0, "taskpane.html loads a script");
  console.log(`     initial bundle ${kib(gzip)} gzip (budget ${kib(BUDGET)})`);
  assert.ok(gzip <= BUDGET, `initial bundle ${kib(gzip)} gzip is over ${kib(BUDGET)}`);
}
