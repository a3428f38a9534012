import { basename } from "node:path";
import type { RollupSource } from "../core/rollup";
import type { Settings } from "../core/settings";
import type { CliText } from "./messages";
import type { CommonOptions } from "./options";
import { readWorkbookFile } from "./workbookFile";
import { workbookSettings } from "./workbookSettings";

/**
 * The files of a roll-up read as sources, each with its own saved settings (the command-line
 * options over them), or the reasons some could not be read. A source is named by its file name
 * (the "Nguồn" column and the findings say "huyen-cho-moi.xlsx"), by its path as given when two
 * files share a name.
 */
export async function readRollupSources(
  files: readonly string[],
  options: CommonOptions
): Promise<{ sources: RollupSource[]; problems: CliText[] }> {
  const sources: RollupSource[] = [];
  const problems: CliText[] = [];
  const names = files.map((f) => basename(f));
  for (const [i, file] of files.entries()) {
    const read = await readWorkbookFile(file);
    if ("problem" in read) {
      problems.push(read.problem);
      continue;
    }
    const shared = names.filter((n) => n === names[i]).length > 1;
    sources.push({
      name: shared ? file : names[i],
      raw: read.workbook,
      settings: workbookSettings(read.settingsJson, options),
    });
  }
  return { sources, problems };
}

/**
 * The merged workbook's settings: the first source's, without its dismissals (they point at
 * that file's cells, which the merged workbook does not have).
 */
export function mergedSettings(sources: readonly RollupSource[]): Settings {
  return { ...sources[0].settings, dismissed: [] };
}
