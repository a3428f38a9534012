import { statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { UsageError } from "./io";
import type { CliText } from "./messages";

/** Why a file cannot be written, from Node's error code, in the user's words. */
function cannotWrite(file: string, code: string | undefined): CliText {
  switch (code) {
    case "EEXIST":
      return (t) => t.outputExists({ file });
    case "EISDIR":
      return (t) => t.outputIsFolder({ file });
    case "ENOENT":
    case "ENOTDIR":
      return (t) => t.noSuchFolder({ file });
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return (t) => t.noWritePermission({ file });
    default:
      return (t) => t.cannotWrite({ file, code: code ?? "" });
  }
}

function kindOf(path: string): "file" | "folder" | "none" | "other" {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? "folder" : stat.isFile() ? "file" : "other";
  } catch {
    return "none";
  }
}

/**
 * The one guard on every output file, run before any work: a folder is a folder (also with
 * --force), an existing file needs --force, and the folder it goes in must exist.
 */
export function assertWritable(file: string, force: boolean): void {
  const kind = kindOf(file);
  if (kind === "folder") throw new UsageError(cannotWrite(file, "EISDIR"));
  if (kind !== "none" && !force) throw new UsageError(cannotWrite(file, "EEXIST"));
  if (kind === "none" && kindOf(dirname(file)) !== "folder")
    throw new UsageError(cannotWrite(file, "ENOENT"));
}

/**
 * Writes a command's output file, never over an existing one without --force (checked again at
 * the write itself: a file may appear meanwhile). Failures are one line in the user's words,
 * not Node's "ENOENT: no such file or directory, open ...".
 */
export async function writeOutputFile(
  file: string,
  data: Uint8Array | string,
  force: boolean
): Promise<void> {
  try {
    await writeFile(file, data, { flag: force ? "w" : "wx" });
  } catch (err) {
    throw new UsageError(cannotWrite(file, (err as NodeJS.ErrnoException).code));
  }
}
