// What the .docx checks share (not a check itself: checks live in ./checks/): the `ocop` command
// from source, and LibreOffice's conversion of a .docx to PDF.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The `ocop` command from source (a built bin/ocop.cjs may be older than the checkout). */
export function ocop(root, args) {
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

/** The first of `names` found on PATH (or at an absolute path), else undefined. */
export function tool(...names) {
  for (const name of names) {
    if (name.startsWith("/")) {
      if (existsSync(name)) return name;
      continue;
    }
    for (const dir of (process.env.PATH ?? "").split(":")) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

/** LibreOffice, wherever Debian or a local install puts it. */
export const findSoffice = () =>
  tool("soffice", "libreoffice", "/usr/lib/libreoffice/program/soffice");

/** Converts `docx` to PDF in `dir` (the PDF keeps the .docx's base name). */
export function docxToPdf(soffice, docx, dir) {
  // A fresh profile: LibreOffice will not start on a shared or unwritable one.
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, "lo-profile")).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    { env: { ...process.env, HOME: dir }, stdio: ["ignore", "pipe", "pipe"], timeout: 180_000 }
  );
}
