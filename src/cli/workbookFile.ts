import { readFile } from "node:fs/promises";
import { readXlsx, UnreadableWorkbookError } from "../workbook/file/readXlsx";

export type ReadWorkbook = Awaited<ReturnType<typeof readXlsx>>;

/** Why a file could not be read, in the words every command uses (no library internals). */
function cannotRead(file: string, code: string | undefined): string {
  switch (code) {
    case "ENOENT":
      return `không có tệp / no such file: ${file}`;
    case "EISDIR":
      return `là thư mục, không phải tệp .xlsx / is a folder, not an .xlsx file: ${file}`;
    case "EACCES":
    case "EPERM":
      return `không có quyền đọc / no permission to read: ${file}`;
    default:
      return `không đọc được / cannot read: ${file}${code ? ` (${code})` : ""}`;
  }
}

/**
 * Reads an .xlsx file for a command, or says in one bilingual line why it cannot: the exceljs or
 * jszip text ("Can't find end of central directory ... see https://...") means nothing to a user.
 */
export async function readWorkbookFile(file: string): Promise<ReadWorkbook | { problem: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return { problem: cannotRead(file, (err as NodeJS.ErrnoException).code) };
  }
  try {
    return await readXlsx(bytes);
  } catch (err) {
    // The reader says why (a password, a .csv, a zip bomb, too many cells) in both languages.
    if (err instanceof UnreadableWorkbookError)
      return { problem: `${file}: ${err.text("vi")} / ${err.text("en")}` };
    return { problem: `không phải tệp bảng tính đọc được / not a readable workbook file: ${file}` };
  }
}
