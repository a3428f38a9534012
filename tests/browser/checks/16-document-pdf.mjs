// The whole report (issue 11) through LibreOffice: `ocop sample` writes the sample workbook,
// `ocop report --document --format docx` its document, soffice converts that to PDF, and
// poppler renders page 1 to a PNG kept in test-output/browser/document-pdf/ for people to look
// at. Asserted: A4 pages, the Quốc hiệu and "BÁO CÁO" in the PDF's text.
// Outside CI a missing soffice or poppler skips with a message; with CI=true it fails.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { docxToPdf, findSoffice, ocop, tool } from "../libreoffice.mjs";

const inCi = () => process.env.CI === "true";

/** Every page's size in points, as poppler's pdfinfo reads them. */
function pageSizes(pdfinfo, pdfPath) {
  const out = execFileSync(pdfinfo, ["-f", "1", "-l", "9999", pdfPath], { timeout: 60_000 });
  return [...out.toString("utf8").matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (m) => [Number(m[1]), Number(m[2])]
  );
}

export default async function documentPdf(ctx) {
  const soffice = findSoffice();
  const pdftoppm = tool("pdftoppm");
  const pdftotext = tool("pdftotext");
  const pdfinfo = tool("pdfinfo");
  const missing = [
    !soffice && "soffice (apt-get install -y libreoffice-writer-nogui)",
    !pdftoppm && "pdftoppm (apt-get install -y poppler-utils)",
    !pdftotext && "pdftotext (apt-get install -y poppler-utils)",
    !pdfinfo && "pdfinfo (apt-get install -y poppler-utils)",
  ].filter(Boolean);
  if (missing.length > 0) {
    const message = `document-pdf: missing ${missing.join(", ")}`;
    if (inCi()) throw new Error(`${message}; CI installs them in .ci/run`);
    console.log(`skip ${message}; the check runs where they are installed (CI=true fails).`);
    return;
  }

  const dir = join(ctx.outDir, "document-pdf");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sample = join(dir, "sample.xlsx");
  const docx = join(dir, "bao-cao-toan-van.docx");
  ocop(ctx.root, ["sample", sample]);
  ocop(ctx.root, ["report", sample, "--document", "--format", "docx", "--out", docx]);
  assert.ok(existsSync(docx), "ocop report --document wrote no .docx");

  docxToPdf(soffice, docx, dir);
  const pdfPath = join(dir, "bao-cao-toan-van.pdf");
  assert.ok(existsSync(pdfPath), "LibreOffice wrote no PDF");
  const pdf = readFileSync(pdfPath);
  assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-", "the output is a PDF");

  // A4 is 595.3 × 841.9 pt; appendix pages may be turned (landscape), never another size.
  const sizes = pageSizes(pdfinfo, pdfPath);
  assert.ok(sizes.length > 0, "pdfinfo names the page sizes");
  const a4 = ([w, h]) =>
    (Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2) ||
    (Math.abs(w - 841.9) < 2 && Math.abs(h - 595.3) < 2);
  for (const size of sizes) assert.ok(a4(size), `a page of ${size.join(" × ")} pt is not A4`);
  const [w, h] = sizes[0];
  assert.ok(w < h, "page 1 is portrait");

  const firstPage = execFileSync(pdftotext, ["-f", "1", "-l", "1", "-enc", "UTF-8", pdfPath, "-"], {
    timeout: 60_000,
  })
    .toString("utf8")
    .normalize("NFC");
  assert.match(firstPage, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/, "the Quốc hiệu on one line");
  assert.match(firstPage, /Độc lập - Tự do - Hạnh phúc/);
  assert.match(firstPage, /BÁO CÁO/);
  assert.match(firstPage, /SỞ CÔNG THƯƠNG/, "the agency on one line");

  execFileSync(pdftoppm, ["-png", "-r", "60", "-f", "1", "-l", "1", pdfPath, join(dir, "page")], {
    timeout: 60_000,
  });
  const png = ["page-1.png", "page-01.png"].map((f) => join(dir, f)).find(existsSync);
  assert.ok(png, "pdftoppm rendered page 1");
  const bytes = readFileSync(png);
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG");
  // Page 1 at 60 dpi is about 496 × 702 px (PNG width and height, big-endian at bytes 16, 20).
  const [pw, ph] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  assert.ok(Math.abs(pw - 496) <= 1 && Math.abs(ph - 702) <= 1, `page 1 is ${pw} × ${ph} px`);
}
