import { defaultSettings } from "../../core/settings";
import { buildTemplate, templateLists } from "../../core/sheets/template";
import { templateBook } from "../../workbook/file/templateXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import type { CliContext } from "../io";
import { fileWriterSpec, type ParsedArgs } from "../options";
import { writeOutputFile } from "../outputFile";
import { localToday } from "../today";

export const spec = fileWriterSpec("ocop template OUT.xlsx [--force] [--lang vi|en]");

/** `ocop template OUT.xlsx`: a blank tracking workbook with dropdowns. */
export async function run(args: ParsedArgs, { io, text }: CliContext): Promise<number> {
  const file = args.files[0];
  const template = buildTemplate(templateLists(defaultSettings(), localToday()));
  await writeOutputFile(file, await writeXlsx(templateBook(template)), args.force);
  io.out(text.templateWritten({ file }));
  return 0;
}
