import type { FindingCode } from "../findings/codes";
import { raise } from "../findings/raise";
import type { SourceRow } from "./sourceRows";
import type { AcrossFinding } from "./types";

/**
 * An across finding at `row`'s cell of `columnKey`, naming `other`'s cell of `otherKey` as the
 * second place (its file, sheet and cell also go into the message's params).
 */
export function acrossAt(
  code: FindingCode,
  row: SourceRow,
  columnKey: string,
  other: SourceRow,
  otherKey: string,
  params: Record<string, string | number>
): AcrossFinding {
  const column = row.letters[columnKey] ?? "A";
  const otherColumn = other.letters[otherKey] ?? "A";
  const finding = raise(
    code,
    { sheet: row.sheet, sheetKind: row.kind, row: row.row, column, columnKey },
    {
      value: row.cells[columnKey] ?? null,
      params: {
        ...params,
        otherFile: other.file,
        otherSheet: other.sheet,
        otherCell: `${otherColumn}${other.row}`,
      },
    }
  );
  return {
    ...finding,
    file: row.file,
    other: { file: other.file, sheet: other.sheet, row: other.row, column: otherColumn },
  };
}
