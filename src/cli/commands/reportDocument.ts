import type { Settings } from "../../core/settings";
import type { ReportModel } from "../../core/report";
import type { TypedWorkbook } from "../../core/sheets/rows";
import {
  appendices,
  buildDocument,
  toDocumentDocx,
  toDocumentHtml,
  toDocumentText,
} from "../../core/report/document";
import type { CliContext } from "../io";
import type { ParsedArgs } from "../options";
import { writeOutputFile } from "../outputFile";

/**
 * `ocop report FILE --document`: the whole report, ready to sign (issue 11), from the data
 * paragraphs and the workbook's document settings; the blanks still open are listed on stderr so
 * the writer knows what is left.
 */
export async function writeDocument(
  report: ReportModel,
  typed: TypedWorkbook,
  settings: Settings,
  format: "text" | "html" | "docx",
  args: ParsedArgs,
  { io, text }: CliContext
): Promise<number> {
  const doc = buildDocument(report, settings.document ?? {}, appendices(typed, report));
  const out = args.output;
  if (format === "docx" && out) await writeOutputFile(out, await toDocumentDocx(doc), args.force);
  else {
    const body = format === "html" ? toDocumentHtml(doc) + "\n" : toDocumentText(doc);
    if (out) await writeOutputFile(out, body, args.force);
    else io.out(body);
  }
  if (out) io.err(text.wrote({ file: out }));
  if (doc.blanks.length > 0) {
    io.err(text.blanksOpen({ count: doc.blanks.length }));
    for (const prompt of doc.blanks) io.err(`  [${prompt}]`);
  }
  return 0;
}
