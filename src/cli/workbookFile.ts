import { readFile } from "node:fs/promises";
import { readXlsx, UnreadableWorkbookError } from "../workbook/file/readXlsx";
import type { CliText } from "./messages";

export type ReadWorkbook = Awaited<ReturnType<typeof readXlsx>>;

/** Why a file could not be read, in the words every command uses (no library internals). */
function cannotRead(file: string, code: string | undefined): CliText {
  switch (code) {
    case "ENOENT":
      return (t) => t.noSuchFile({ file });
    case "EISDIR":
      return (t) => t.readFolder({ file });
    case "EACCES":
    case "EPERM":
      return (t) => t.noReadPermission({ file });
    default:
      return (t) => t.cannotRead({ file, code: code ?? "" });
  }
}

/**
 * Reads an .xlsx file for a command, or says in one line why it cannot: the exceljs or jszip
 * text ("Can't find end of central directory ... see https://...") means nothing to a user.
 */
export async function readWorkbookFile(file: string): Promise<ReadWorkbook | { problem: CliText }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return { problem: cannotRead(file, (err as NodeJS.ErrnoException).code) };
  }
  try {
    return await readXlsx(bytes);
  } catch (err) {
    // The reader says why (a password, a .csv, a zip bomb, too many cells) in the user's language.
    if (err instanceof UnreadableWorkbookError)
      return { problem: (t) => t.unreadable({ file, reason: err.text(t.lang) }) };
    return { problem: (t) => t.notXlsx({ file }) };
  }
}
