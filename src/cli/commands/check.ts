import { readFile } from "node:fs/promises";
import { checkWorkbook } from "../../core/check";
import type { Lang } from "../../core/messages";
import { parseSettings, type Settings } from "../../core/settings";
import { fold } from "../../core/text/fold";
import { readXlsx } from "../../workbook/file/readXlsx";
import { parseCheckArgs, type CheckArgs } from "../checkArgs";
import { toJson, toText, type CheckedFile } from "../checkOutput";
import type { CliIO } from "../io";

/** Today as the user's calendar says: the CLI is a door, the core gets the date passed in. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function settingsOf(json: string | undefined, args: CheckArgs): Settings {
  let stored: unknown = {};
  if (json !== undefined) {
    try {
      stored = JSON.parse(json);
    } catch {
      stored = {}; // broken settings fall back to defaults, as parseSettings does field by field
    }
  }
  const settings = parseSettings(stored);
  if (args.year !== undefined) settings.reportYear = args.year;
  if (args.province !== undefined) {
    // Units saved for another province do not apply to this one.
    if (fold(args.province) !== fold(settings.province)) settings.units = undefined;
    settings.province = args.province;
  }
  return settings;
}

async function checkFile(
  file: string,
  args: CheckArgs,
  today: string
): Promise<CheckedFile | string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? `ocop check: không có tệp / no such file: ${file}`
      : `ocop check: không đọc được / cannot read ${file}: ${code ?? String(err)}`;
  }
  try {
    const { workbook, settingsJson } = await readXlsx(bytes);
    const settings = settingsOf(settingsJson, args);
    const result = checkWorkbook(workbook, settings, { today });
    return { file, result, sheetOrder: workbook.sheets.map((s) => s.name) };
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return `ocop check: không phải tệp .xlsx đọc được / not a readable .xlsx file: ${file} (${why})`;
  }
}

/**
 * `ocop check FILE... [--json] [--year YYYY] [--province NAME] [--lang vi|en]`.
 * Exit 0 without errors, 1 when a file has errors, 2 when a file cannot be read.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCheckArgs(argv);
  const today = localToday();
  const checked: CheckedFile[] = [];
  const unreadable: string[] = [];
  for (const file of args.files) {
    const outcome = await checkFile(file, args, today);
    if (typeof outcome === "string") unreadable.push(outcome);
    else checked.push(outcome);
  }
  const lang: Lang = args.lang ?? "vi";
  if (checked.length > 0) io.out(args.json ? toJson(checked, lang) : toText(checked, lang));
  for (const line of unreadable) io.err(line);
  if (unreadable.length > 0) return 2;
  return checked.some((c) => c.result.summary.error > 0) ? 1 : 0;
}
