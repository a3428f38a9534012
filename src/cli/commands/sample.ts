import { sampleMistakes, sampleWorkbook } from "../../core/sample";
import { rawToXlsx } from "../../workbook/file/rawToXlsx";
import { writeXlsx } from "../../workbook/file/writeXlsx";
import type { CliContext } from "../io";
import { fileWriterSpec, type ParsedArgs } from "../options";
import { writeOutputFile } from "../outputFile";

export const spec = fileWriterSpec("ocop sample OUT.xlsx [--force] [--lang vi|en]");

/**
 * `ocop sample OUT.xlsx`: writes the sample workbook (An Giang 2023, with its planted
 * mistakes) for trying the checker and the report.
 */
export async function run(args: ParsedArgs, { io, text }: CliContext): Promise<number> {
  const file = args.files[0];
  const raw = sampleWorkbook({ mistakes: true });
  const headerRows = Object.fromEntries(raw.sheets.map((s) => [s.name, headerRowOf(s.values)]));
  const bytes = await writeXlsx(rawToXlsx(raw, { headerRows }));
  await writeOutputFile(file, bytes, args.force);
  io.out(text.sampleWritten({ file, mistakes: sampleMistakes().length }));
  return 0;
}

/** The header is the first row with more than one filled cell (a title row has one). */
function headerRowOf(values: ReadonlyArray<ReadonlyArray<unknown>>): number {
  const index = values.findIndex((row) => row.filter((v) => v !== "" && v !== null).length > 1);
  return index + 1;
}
