import { checkWorkbook } from "../../core/check";
import type { Lang } from "../../core/findings";
import { loadNationalReference, type NationalReference } from "../../core/reference/national";
import { parseCheckArgs, type CheckArgs } from "../checkArgs";
import { toJson, toText, type CheckedFile } from "../checkOutput";
import type { CliIO } from "../io";
import { localToday } from "../today";
import { readWorkbookFile } from "../workbookFile";
import { workbookSettings } from "../workbookSettings";

async function checkFile(
  file: string,
  args: CheckArgs,
  today: string,
  reference: NationalReference
): Promise<CheckedFile | string> {
  const read = await readWorkbookFile(file);
  if ("problem" in read) return `ocop check: ${read.problem}`;
  try {
    const settings = workbookSettings(read.settingsJson, args);
    const result = checkWorkbook(read.workbook, settings, { today, reference });
    return { file, result, sheetOrder: read.workbook.sheets.map((s) => s.name) };
  } catch (err) {
    // The file was read; a throw here is our bug, not the user's file.
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return `ocop check: lỗi của chương trình khi kiểm tra / internal error while checking ${file}: ${why}`;
  }
}

/**
 * `ocop check FILE... [--json] [--year YYYY] [--province NAME] [--lang vi|en]`.
 * Exit 0 without errors, 1 when a file has errors, 2 when a file cannot be read. Files that
 * were read are still reported (text or JSON on stdout) when another one could not be.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCheckArgs(argv);
  const today = localToday();
  const reference = await loadNationalReference();
  const checked: CheckedFile[] = [];
  const unreadable: string[] = [];
  for (const file of args.files) {
    const outcome = await checkFile(file, args, today, reference);
    if (typeof outcome === "string") unreadable.push(outcome);
    else checked.push(outcome);
  }
  const lang: Lang = args.lang ?? "vi";
  if (checked.length > 0) io.out(args.json ? toJson(checked, lang) : toText(checked, lang));
  for (const line of unreadable) io.err(line);
  if (unreadable.length > 0) return 2;
  return checked.some((c) => c.result.summary.error > 0) ? 1 : 0;
}
