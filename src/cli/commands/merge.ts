import { loadNationalReference } from "../../core/reference/national";
import { rollUp, type RollupResult } from "../../core/rollup";
import { EXHIBITS, FAIRS, PRODUCTS } from "../../core/sheets/columns";
import { rawToXlsx } from "../../workbook/file/rawToXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import { acrossText } from "../acrossOutput";
import { UsageError, type CliContext } from "../io";
import type { CliCatalogue } from "../messages";
import type { CommandSpec, ParsedArgs } from "../options";
import { writeOutputFile } from "../outputFile";
import { mergedSettings, readRollupSources } from "../rollupSources";
import { localToday } from "../today";

export const spec: CommandSpec = {
  usage:
    "ocop merge FILE... --out PROVINCE.xlsx [--force] [--year YYYY] [--province NAME] [--lang vi|en]",
  flags: ["force"],
  values: ["out", "year", "province", "lang"],
  files: "some",
  output: "out",
};

/**
 * `ocop merge FILE... --out PROVINCE.xlsx` (issue 15): the unit workbooks into the province's
 * one, with the first file's settings (no dismissals), every row's source in its "Nguồn" column.
 * Prints the rows each file gave, the fairs merged and the findings across files. Exit 0, 1
 * when any file or the files together have an error (the merge is still written: rows with
 * errors are kept), 2 when a file cannot be read (nothing written) or on bad arguments.
 */
export async function run(args: ParsedArgs, { io, lang, text }: CliContext): Promise<number> {
  const out = args.output;
  if (!out) throw new UsageError((t) => t.mergeNeedsOut);
  const { sources, problems } = await readRollupSources(args.files, args);
  if (problems.length > 0) {
    for (const problem of problems) io.err(`ocop merge: ${problem(text)}`);
    return 2;
  }
  const reference = await loadNationalReference();
  const result = rollUp(sources, { today: localToday(), reference });
  const book = rawToXlsx(result.merged, { headerRows: result.headerRows });
  book.settingsJson = JSON.stringify(mergedSettings(sources));
  await writeOutputFile(out, await writeXlsx(book), args.force);

  io.out([...summaryLines(result, text), acrossText(result.across, lang)].join("\n"));
  io.err(text.mergeWritten({ file: out, ...mergedCounts(result) }));
  const errors =
    result.summary.acrossCounts.error +
    result.perFile.reduce((n, f) => n + f.result.summary.error, 0);
  return errors > 0 ? 1 : 0;
}

/** One line per source (its rows and its own findings), then the fairs merged. */
function summaryLines(result: RollupResult, t: CliCatalogue): string[] {
  const lines = result.summary.rows.map((row, i) => {
    const own = result.perFile[i].result.summary;
    const counts = (["error", "warning", "info"] as const).map((s) => t.count[s](own[s]));
    return `${t.mergeSource(row)}; ${counts.join(", ")}`;
  });
  lines.push(t.fairsMerged({ count: result.summary.fairsMerged }));
  return lines;
}

/** Data rows per tracking sheet of the merged workbook (every sheet's header is row 1). */
function mergedCounts(result: RollupResult) {
  const rows = (name: string) =>
    Math.max(0, (result.merged.sheets.find((s) => s.name === name)?.values.length ?? 1) - 1);
  return {
    fairs: rows(FAIRS.defaultName),
    exhibits: rows(EXHIBITS.defaultName),
    products: rows(PRODUCTS.defaultName),
  };
}
