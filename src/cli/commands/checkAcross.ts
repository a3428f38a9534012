import { loadNationalReference } from "../../core/reference/national";
import { rollUp } from "../../core/rollup";
import { acrossJson, acrossText } from "../acrossOutput";
import { toJson, toText, type CheckedFile } from "../checkOutput";
import type { CliContext } from "../io";
import type { ParsedArgs } from "../options";
import { readRollupSources } from "../rollupSources";
import { localToday } from "../today";

/**
 * `ocop check --across FILE...` (issue 15): each file's findings as `check` prints them, then
 * the findings across files; no merge written. Exit 2 when a file cannot be read (the others are
 * still checked, alone and together), else 1 when any finding, alone or across, is an error.
 */
export async function runAcross(args: ParsedArgs, { io, lang, text }: CliContext): Promise<number> {
  const { sources, problems } = await readRollupSources(args.files, args);
  const reference = await loadNationalReference();
  // rollUp rather than checkAcross: one pass gives both the per-file results and the across.
  const result = rollUp(sources, { today: localToday(), reference });
  const checked: CheckedFile[] = result.perFile.map(({ name, result: r }, i) => ({
    file: name,
    result: r,
    sheetOrder: sources[i].raw.sheets.map((s) => s.name),
  }));
  if (args.flags.has("json")) {
    const files = JSON.parse(toJson(checked, lang)) as object;
    io.out(JSON.stringify({ ...files, across: acrossJson(result.across, lang) }));
  } else if (checked.length > 0) {
    io.out(`${toText(checked, lang)}\n${acrossText(result.across, lang)}`);
  }
  for (const problem of problems) io.err(`ocop check: ${problem(text)}`);
  if (problems.length > 0) return 2;
  const errors =
    result.summary.acrossCounts.error + checked.filter((c) => c.result.summary.error > 0).length;
  return errors > 0 ? 1 : 0;
}
