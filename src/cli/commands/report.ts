import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { checkWorkbook } from "../../core/check";
import {
  buildReport,
  defaultReportOptions,
  leftOutMessage,
  toDocx,
  toText,
  toWordHtml,
} from "../../core/report";
import { parseSettings } from "../../core/settings";
import { readXlsx, UnreadableWorkbookError } from "../../workbook/file/readXlsx";
import { UsageError, type CliIO } from "../io";

const USAGE = "ocop report FILE [--year YYYY] [--format text|html|docx] [--out FILE] [--force]";
const FORMATS = ["text", "html", "docx"] as const;
type Format = (typeof FORMATS)[number];

interface ReportArgs {
  file: string;
  year?: number;
  format: Format;
  out?: string;
  force: boolean;
}

/**
 * `ocop report FILE`: checks the workbook, writes the report from the rows without errors and
 * says on stderr how many rows it left out. Text and HTML go to stdout unless --out; a .docx
 * needs --out. Exit 0 with a report, 1 when there is nothing to report, 2 on bad arguments.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.out && existsSync(parsed.out) && !parsed.force)
    throw new UsageError(
      `ocop report: ${parsed.out} đã có, dùng --force để ghi đè / already exists, use --force to overwrite`
    );

  let data: Uint8Array;
  try {
    data = await readFile(parsed.file);
  } catch {
    throw new UsageError(`ocop report: không đọc được / cannot read ${parsed.file}`);
  }
  let read;
  try {
    read = await readXlsx(data);
  } catch (err) {
    if (err instanceof UnreadableWorkbookError)
      throw new UsageError(
        `ocop report: ${parsed.file} không phải tệp .xlsx / is not an .xlsx file`
      );
    throw err;
  }
  const settings = parseSettings(settingsFrom(read.settingsJson));
  if (parsed.year !== undefined) settings.reportYear = parsed.year;
  // The command line is a door: it may know today's date; the core is handed it.
  const today = new Date().toISOString().slice(0, 10);
  const { typed } = checkWorkbook(read.workbook, settings, { today });
  const model = buildReport(typed, defaultReportOptions(typed, settings));

  const warning = leftOutMessage(model.leftOut, "vi");
  if (warning) io.err(`${warning}\n${leftOutMessage(model.leftOut, "en")}`);
  if (model.paragraphs.length === 0) {
    io.err(
      `ocop report: không có số liệu để báo cáo năm ${model.year} / nothing to report for ${model.year}`
    );
    return 1;
  }

  if (parsed.format === "docx") {
    await writeFile(parsed.out ?? "", await toDocx(model));
  } else {
    const text = parsed.format === "html" ? toWordHtml(model) + "\n" : toText(model);
    if (parsed.out) await writeFile(parsed.out, text, "utf8");
    else io.out(text);
  }
  if (parsed.out) io.err(`Đã ghi / wrote ${parsed.out}`);
  return 0;
}

function settingsFrom(json: string | undefined): unknown {
  if (json === undefined) return {};
  try {
    return JSON.parse(json);
  } catch {
    return {};
  }
}

function parseArgs(args: string[]): ReportArgs {
  const files: string[] = [];
  let year: number | undefined;
  let format: Format = "text";
  let out: string | undefined;
  let force = false;
  const valueOf = (i: number, name: string): string => {
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--"))
      throw new UsageError(`ocop report: ${name} cần một giá trị / needs a value`);
    return value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--force") force = true;
    else if (arg === "--year") {
      const value = valueOf(i++, arg);
      if (!/^\d{4}$/.test(value))
        throw new UsageError(
          `ocop report: --year cần năm dạng YYYY / needs a year YYYY, not "${value}"`
        );
      year = Number(value);
    } else if (arg === "--format") {
      const value = valueOf(i++, arg);
      if (!(FORMATS as readonly string[]).includes(value))
        throw new UsageError(`ocop report: --format text|html|docx, không phải / not "${value}"`);
      format = value as Format;
    } else if (arg === "--out") out = valueOf(i++, arg);
    else if (arg.startsWith("-"))
      throw new UsageError(`ocop report: tùy chọn không rõ / unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1)
    throw new UsageError(`ocop report: cần đúng một tệp / needs exactly one file: ${USAGE}`);
  if (format === "docx" && !out)
    throw new UsageError(`ocop report: --format docx cần --out FILE / needs --out FILE`);
  return { file: files[0], year, format, out, force };
}
