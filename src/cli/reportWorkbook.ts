import type { NationalReference } from "../core/reference/national";
import { rollUp } from "../core/rollup";
import type { Settings } from "../core/settings";
import type { RawWorkbook } from "../core/sheets/rawSheet";
import { UsageError, type CliContext } from "./io";
import type { ParsedArgs } from "./options";
import { mergedSettings, readRollupSources } from "./rollupSources";
import { readWorkbookFile } from "./workbookFile";
import { workbookSettings } from "./workbookSettings";

/**
 * The workbook `ocop report` speaks of: the one file, or several merged in memory as `ocop
 * merge` writes them (issue 15), with the merged workbook's settings, so the report of the files
 * and the report of the written merge say the same.
 */
export async function reportWorkbook(
  args: ParsedArgs,
  reference: NationalReference,
  today: string,
  { io, text }: CliContext
): Promise<{ workbook: RawWorkbook; settings: Settings }> {
  if (args.files.length === 1) {
    const read = await readWorkbookFile(args.files[0]);
    if ("problem" in read) throw new UsageError(read.problem);
    return { workbook: read.workbook, settings: workbookSettings(read.settingsJson, args) };
  }
  const { sources, problems } = await readRollupSources(args.files, args);
  if (problems.length > 0) throw new UsageError(problems[0]);
  const { merged } = rollUp(sources, { today, reference });
  io.err(text.reportFromFiles({ files: text.count.file(sources.length) }));
  return { workbook: merged, settings: mergedSettings(sources) };
}
