// The report's .docx opens in a word processor: `ocop sample` writes the sample workbook,
// `ocop report --format docx` writes its report, LibreOffice converts that to PDF without error.
// CI installs LibreOffice by apt (libreoffice-writer-nogui); a missing soffice is a failure.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

function soffice() {
  for (const path of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]) {
    if (existsSync(path)) return path;
  }
  throw new Error("LibreOffice not found (apt-get install -y libreoffice-writer-nogui)");
}

/** The `ocop` command from source (a built bin/ocop.cjs may be older than the checkout). */
function ocop(root, args) {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const [command, prefix] = existsSync(tsx)
    ? [tsx, [join(root, "src", "cli", "ocop.ts")]]
    : [process.execPath, [join(root, "bin", "ocop.cjs")]];
  return execFileSync(command, [...prefix, ...args], {
    cwd: root,
    env: { ...process.env, TZ: "UTC" },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60_000,
  });
}

export default async function check(ctx) {
  const dir = join(ctx.outDir, "docx-pdf");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sample = join(dir, "sample.xlsx");
  const docx = join(dir, "bao-cao.docx");
  ocop(ctx.root, ["sample", sample]);
  ocop(ctx.root, ["report", sample, "--format", "docx", "--out", docx]);
  if (!existsSync(docx) || statSync(docx).size === 0) throw new Error("ocop report wrote no .docx");

  // A fresh profile: LibreOffice will not start on a shared or unwritable one.
  const profile = join(dir, "lo-profile");
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    { env: { ...process.env, HOME: dir }, stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 }
  );
  const pdf = join(dir, "bao-cao.pdf");
  if (!existsSync(pdf)) throw new Error("LibreOffice wrote no PDF");
  const bytes = readFileSync(pdf);
  if (bytes.length === 0) throw new Error("the PDF is empty");
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new Error("the output is not a PDF");
}
