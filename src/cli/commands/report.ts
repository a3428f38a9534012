import { checkWorkbook } from "../../core/check";
import { loadNationalReference } from "../../core/reference/national";
import {
  buildReport,
  defaultReportOptions,
  leftOutMessage,
  leftOutTotal,
  noteText,
  toDocx,
  toJson,
  toText,
  toWordHtml,
} from "../../core/report";
import { UsageError, type CliContext } from "../io";
import type { CommandSpec, ParsedArgs } from "../options";
import { writeOutputFile } from "../outputFile";
import { localToday } from "../today";
import { reportWorkbook } from "../reportWorkbook";
import { writeDocument } from "./reportDocument";

export const spec: CommandSpec = {
  usage:
    "ocop report FILE... [--year YYYY] [--province NAME] [--format text|html|docx|json] [--out FILE] [--force] [--approximate] [--strict] [--lang vi|en] [--document]",
  // --approximate: "khoảng 120 lượt" only when asked (the sum is exact); --strict: exit 1 when
  // any row is left out.
  flags: ["force", "approximate", "strict", "document"],
  values: ["year", "province", "format", "out", "lang"],
  files: "some",
  output: "out",
};

const FORMATS = ["text", "html", "docx", "json"] as const;
type Format = (typeof FORMATS)[number];

function formatOf(args: ParsedArgs): Format {
  const format = args.values.get("format") ?? "text";
  const known = FORMATS.find((f) => f === format);
  if (!known) throw new UsageError((t) => t.badFormat({ value: format }));
  if (known === "docx" && !args.output) throw new UsageError((t) => t.docxNeedsOut);
  return known;
}

/**
 * `ocop report FILE...`: checks the workbook, writes the report from the rows without errors and
 * says on stderr how many rows it left out (and what it left unsaid on purpose). Text, HTML and
 * JSON go to stdout unless --out; a .docx needs --out. The report is in Vietnamese (an official
 * document); --lang sets the messages around it. Exit 0 with a report, 1 when there is nothing
 * to report or (with --strict) when any row is left out, 2 on bad arguments.
 */
export async function run(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const { io, lang, text } = ctx;
  const format = formatOf(args);
  const reference = await loadNationalReference();
  // Several files: the province's report from their rows merged in memory (issue 15).
  const today = localToday();
  const { workbook, settings } = await reportWorkbook(args, reference, today, ctx);
  const { typed } = checkWorkbook(workbook, settings, { today, reference });
  const defaults = defaultReportOptions(typed, settings);
  if (defaults.year === 0) {
    io.err(`ocop report: ${text.noReportYear}`);
    return 1;
  }
  const model = buildReport(typed, {
    ...defaults,
    approximate: args.flags.has("approximate") || defaults.approximate,
    reference,
  });

  const warning = leftOutMessage(model.leftOut, lang);
  if (warning) io.err(warning);
  for (const note of model.notes) io.err(noteText(note, lang));
  if (model.paragraphs.length === 0) {
    io.err(`ocop report: ${text.nothingToReport({ year: model.year })}`);
    return 1;
  }

  if (args.flags.has("document")) {
    if (format === "json") throw new UsageError((t) => t.badFormat({ value: format }));
    return writeDocument(model, typed, settings, format, args, ctx);
  }
  const out = args.output;
  if (format === "docx" && out) {
    await writeOutputFile(out, await toDocx(model), args.force);
  } else {
    const body =
      format === "html"
        ? toWordHtml(model) + "\n"
        : format === "json"
          ? JSON.stringify(toJson(model)) + "\n"
          : toText(model);
    if (out) await writeOutputFile(out, body, args.force);
    else io.out(body);
  }
  if (out) io.err(text.wrote({ file: out }));
  return args.flags.has("strict") && leftOutTotal(model.leftOut) > 0 ? 1 : 0;
}
