import { checkWorkbook } from "../../core/check";
import { loadNationalReference } from "../../core/reference/national";
import {
  buildReport,
  defaultReportOptions,
  leftOutMessage,
  toDocx,
  toText,
  toWordHtml,
} from "../../core/report";
import { UsageError, type CliContext } from "../io";
import type { CommandSpec, ParsedArgs } from "../options";
import { writeOutputFile } from "../outputFile";
import { localToday } from "../today";
import { readWorkbookFile } from "../workbookFile";
import { workbookSettings } from "../workbookSettings";

export const spec: CommandSpec = {
  usage:
    "ocop report FILE [--year YYYY] [--province NAME] [--format text|html|docx] [--out FILE] [--force] [--lang vi|en]",
  flags: ["force"],
  values: ["year", "province", "format", "out", "lang"],
  files: "one",
  output: "out",
};

const FORMATS = ["text", "html", "docx"] as const;
type Format = (typeof FORMATS)[number];

function formatOf(args: ParsedArgs): Format {
  const format = args.values.get("format") ?? "text";
  const known = FORMATS.find((f) => f === format);
  if (!known) throw new UsageError((t) => t.badFormat({ value: format }));
  if (known === "docx" && !args.output) throw new UsageError((t) => t.docxNeedsOut);
  return known;
}

/**
 * `ocop report FILE`: checks the workbook, writes the report from the rows without errors and
 * says on stderr which rows it left out. Text and HTML go to stdout unless --out; a .docx needs
 * --out. The report is in Vietnamese (an official document); --lang sets the messages around
 * it. Exit 0 with a report, 1 when there is nothing to report, 2 on bad arguments.
 */
export async function run(args: ParsedArgs, { io, lang, text }: CliContext): Promise<number> {
  const format = formatOf(args);
  const read = await readWorkbookFile(args.files[0]);
  if ("problem" in read) throw new UsageError(read.problem);
  const settings = workbookSettings(read.settingsJson, args);
  const reference = await loadNationalReference();
  const { typed } = checkWorkbook(read.workbook, settings, { today: localToday(), reference });
  const model = buildReport(typed, defaultReportOptions(typed, settings));

  const warning = leftOutMessage(model.leftOut, lang);
  if (warning) io.err(warning);
  if (model.paragraphs.length === 0) {
    io.err(`ocop report: ${text.nothingToReport({ year: model.year })}`);
    return 1;
  }

  const out = args.output;
  if (format === "docx" && out) {
    await writeOutputFile(out, await toDocx(model), args.force);
  } else {
    const body = format === "html" ? toWordHtml(model) + "\n" : toText(model);
    if (out) await writeOutputFile(out, body, args.force);
    else io.out(body);
  }
  if (out) io.err(text.wrote({ file: out }));
  return 0;
}
