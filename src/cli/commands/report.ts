import { existsSync } from "node:fs";
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
import { UsageError, type CliIO } from "../io";
import { writeOutputFile } from "../outputFile";
import { commonOptions, parseOptions, type CommonOptions } from "../options";
import { localToday } from "../today";
import { readWorkbookFile } from "../workbookFile";
import { workbookSettings } from "../workbookSettings";

const USAGE =
  "ocop report FILE [--year YYYY] [--province NAME] [--format text|html|docx|json] [--out FILE] [--force] [--approximate] [--strict]";
const FORMATS = ["text", "html", "docx", "json"] as const;
type Format = (typeof FORMATS)[number];

interface ReportArgs extends CommonOptions {
  file: string;
  format: Format;
  out?: string;
  force: boolean;
  /** "khoảng 120 lượt": only when asked (the sum is exact). */
  approximate: boolean;
  /** Exit 1 when any row is left out. */
  strict: boolean;
}

/**
 * `ocop report FILE`: checks the workbook, writes the report from the rows without errors and
 * says on stderr how many rows it left out (and what it left unsaid on purpose). Text, HTML and
 * JSON go to stdout unless --out; a .docx needs --out. Exit 0 with a report, 1 when there is
 * nothing to report or (with --strict) when any row is left out, 2 on bad arguments.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.out && existsSync(parsed.out) && !parsed.force)
    throw new UsageError(
      `ocop report: ${parsed.out} đã có, dùng --force để ghi đè / already exists, use --force to overwrite`
    );

  const read = await readWorkbookFile(parsed.file);
  if ("problem" in read) throw new UsageError(`ocop report: ${read.problem}`);
  const settings = workbookSettings(read.settingsJson, parsed);
  const today = localToday();
  const { typed } = checkWorkbook(read.workbook, settings, { today });
  const defaults = defaultReportOptions(typed, settings);
  if (defaults.year === 0) {
    io.err(
      "ocop report: không có dòng nào ghi ngày để biết năm báo cáo, dùng --year / no dated row to tell the report's year, give --year"
    );
    return 1;
  }
  const model = buildReport(typed, {
    ...defaults,
    approximate: parsed.approximate || defaults.approximate,
    reference: await loadNationalReference(),
  });

  const warning = leftOutMessage(model.leftOut, "vi");
  if (warning) io.err(`${warning}\n${leftOutMessage(model.leftOut, "en")}`);
  for (const note of model.notes) io.err(`${noteText(note, "vi")}\n${noteText(note, "en")}`);
  if (model.paragraphs.length === 0) {
    io.err(
      `ocop report: không có số liệu để báo cáo năm ${model.year} / nothing to report for ${model.year}`
    );
    return 1;
  }

  if (parsed.format === "docx") {
    await writeOutputFile("report", parsed.out ?? "", await toDocx(model), parsed.force);
  } else {
    const text =
      parsed.format === "html"
        ? toWordHtml(model) + "\n"
        : parsed.format === "json"
          ? JSON.stringify(toJson(model)) + "\n"
          : toText(model);
    if (parsed.out) await writeOutputFile("report", parsed.out, text, parsed.force);
    else io.out(text);
  }
  if (parsed.out) io.err(`Đã ghi / wrote ${parsed.out}`);
  return parsed.strict && leftOutTotal(model.leftOut) > 0 ? 1 : 0;
}

function usage(message: string): UsageError {
  return new UsageError(`ocop report: ${message}`);
}

function parseArgs(args: string[]): ReportArgs {
  const parsed = parseOptions(
    args,
    { flags: ["force", "approximate", "strict"], values: ["year", "province", "format", "out"] },
    usage
  );
  if (parsed.positional.length !== 1)
    throw usage(`cần đúng một tệp / needs exactly one file: ${USAGE}`);
  const format = parsed.values.get("format") ?? "text";
  if (!(FORMATS as readonly string[]).includes(format))
    throw usage(`--format text|html|docx|json, không phải / not "${format}"`);
  const out = parsed.values.get("out");
  if (format === "docx" && !out) throw usage(`--format docx cần --out FILE / needs --out FILE`);
  return {
    file: parsed.positional[0],
    ...commonOptions(parsed.values, usage),
    format: format as Format,
    out,
    force: parsed.flags.has("force"),
    approximate: parsed.flags.has("approximate"),
    strict: parsed.flags.has("strict"),
  };
}
