import { writeFile } from "node:fs/promises";
import { UsageError } from "./io";

function cannotWrite(file: string, code: string | undefined): string {
  switch (code) {
    case "EEXIST":
      return `${file} đã có, dùng --force để ghi đè / already exists, use --force to overwrite`;
    case "ENOENT":
      return `không có thư mục để ghi / no such folder to write: ${file}`;
    case "EISDIR":
      return `là thư mục, không phải tệp / is a folder, not a file: ${file}`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `không có quyền ghi / no permission to write: ${file}`;
    default:
      return `không ghi được / cannot write: ${file}${code ? ` (${code})` : ""}`;
  }
}

/**
 * Writes a command's output file, never over an existing one without --force (checked again at
 * the write itself: a file may appear meanwhile). Failures are one bilingual line, not Node's
 * "ENOENT: no such file or directory, open ...".
 */
export async function writeOutputFile(
  command: string,
  file: string,
  data: Uint8Array | string,
  force: boolean
): Promise<void> {
  try {
    await writeFile(file, data, { flag: force ? "w" : "wx" });
  } catch (err) {
    throw new UsageError(
      `ocop ${command}: ${cannotWrite(file, (err as NodeJS.ErrnoException).code)}`
    );
  }
}
