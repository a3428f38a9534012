import type { ReadLimits } from "./readLimits";
import { UnreadableWorkbookError } from "./readProblem";
import type { ReadXlsxResult } from "./readResult";
import { readWithSheetJs } from "./readWithSheetJs";
import type { SheetFilter } from "./sheetGrid";

/**
 * An OLE compound file: an old .xls (a `Workbook` or `Book` stream), or an .xlsx saved with a
 * password, which Excel wraps in OLE with `EncryptionInfo` and `EncryptedPackage` streams
 * (MS-OFFCRYPTO 2.3.4). A Word .doc and the like are not workbooks.
 */
export async function readOle(
  bytes: Uint8Array,
  limits: ReadLimits,
  keep?: SheetFilter
): Promise<ReadXlsxResult> {
  const XLSX = await import("@e965/xlsx");
  let names: string[];
  try {
    const cfb = XLSX.CFB.read(bytes, { type: "array" }) as { FullPaths: string[] };
    names = cfb.FullPaths.map((p) => p.replace(/\/$/, "").split("/").pop() ?? "");
  } catch (err) {
    throw new UnreadableWorkbookError(
      "damaged",
      {},
      err instanceof Error ? err.message : String(err)
    );
  }
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has("EncryptionInfo") || has("EncryptedPackage"))
    throw new UnreadableWorkbookError("encrypted");
  if (!has("Workbook") && !has("Book")) throw new UnreadableWorkbookError("notWorkbook");
  return readWithSheetJs(bytes, "xls", limits, keep);
}
