import { checkWorkbook } from "../../core/check";
import { loadNationalReference, type NationalReference } from "../../core/reference/national";
import { jsonPieces, toText, type CheckedFile } from "../checkOutput";
import type { CliContext } from "../io";
import type { CliText } from "../messages";
import type { CommandSpec, ParsedArgs } from "../options";
import { localToday } from "../today";
import { readWorkbookFile } from "../workbookFile";
import { workbookSettings } from "../workbookSettings";
import { runAcross } from "./checkAcross";

export const spec: CommandSpec = {
  usage: "ocop check FILE... [--across] [--json] [--year YYYY] [--province NAME] [--lang vi|en]",
  // --across: the files also read together (issue 15), nothing written.
  flags: ["json", "across"],
  values: ["year", "province", "lang"],
  files: "some",
};

async function checkFile(
  file: string,
  args: ParsedArgs,
  today: string,
  reference: NationalReference
): Promise<CheckedFile | CliText> {
  const read = await readWorkbookFile(file);
  if ("problem" in read) return read.problem;
  try {
    const settings = workbookSettings(read.settingsJson, args);
    const result = checkWorkbook(read.workbook, settings, { today, reference });
    return { file, result, sheetOrder: read.workbook.sheets.map((s) => s.name) };
  } catch (err) {
    // The file was read; a throw here is our bug, not the user's file.
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return (t) => t.internalError({ file, why });
  }
}

/**
 * `ocop check FILE...`. Exit 0 without errors, 1 when a file has errors, 2 when a file cannot
 * be read. Files that were read are still reported (text or JSON on stdout) when another one
 * could not be.
 */
export async function run(args: ParsedArgs, { io, lang, text }: CliContext): Promise<number> {
  if (args.flags.has("across")) return runAcross(args, { io, lang, text });
  const today = localToday();
  const reference = await loadNationalReference();
  const checked: CheckedFile[] = [];
  const unreadable: CliText[] = [];
  for (const file of args.files) {
    const outcome = await checkFile(file, args, today, reference);
    if (typeof outcome === "function") unreadable.push(outcome);
    else checked.push(outcome);
  }
  const json = args.flags.has("json");
  if (checked.length > 0) {
    if (json) for (const piece of jsonPieces(checked, lang)) io.out(piece);
    else io.out(toText(checked, lang));
  }
  for (const problem of unreadable) io.err(`ocop check: ${problem(text)}`);
  if (unreadable.length > 0) return 2;
  return checked.some((c) => c.result.summary.error > 0) ? 1 : 0;
}
