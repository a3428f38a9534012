// The report's .docx opens in a word processor: `ocop sample` writes the sample workbook,
// `ocop report --format docx` writes its report, LibreOffice converts that to PDF without error.
// CI installs LibreOffice by apt (libreoffice-writer-nogui); a missing soffice is a failure.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { docxToPdf, findSoffice, ocop } from "../libreoffice.mjs";

export default async function check(ctx) {
  const dir = join(ctx.outDir, "docx-pdf");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sample = join(dir, "sample.xlsx");
  const docx = join(dir, "bao-cao.docx");
  ocop(ctx.root, ["sample", sample]);
  ocop(ctx.root, ["report", sample, "--format", "docx", "--out", docx]);
  if (!existsSync(docx) || statSync(docx).size === 0) throw new Error("ocop report wrote no .docx");

  const soffice = findSoffice();
  if (!soffice)
    throw new Error("LibreOffice not found (apt-get install -y libreoffice-writer-nogui)");
  docxToPdf(soffice, docx, dir);
  const pdf = join(dir, "bao-cao.pdf");
  if (!existsSync(pdf)) throw new Error("LibreOffice wrote no PDF");
  const bytes = readFileSync(pdf);
  if (bytes.length === 0) throw new Error("the PDF is empty");
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new Error("the output is not a PDF");
}
