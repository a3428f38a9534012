import type { Messages } from "./spec";
import { COLUMN_LABELS } from "./labels";
import type { ByLang } from "./lang";

/** `productsOnly`: the workbook keeps only the ranked list, so the report has no promotion. */
export const missingSheet = (
  s: ByLang<string>
): Messages<{ sheet: string; productsOnly?: number }> => ({
  vi: (p) =>
    `Không tìm thấy sheet "${s.vi}" (theo tên hay dòng tiêu đề).` +
    (p?.productsOnly
      ? " Sổ chỉ có danh sách sản phẩm OCOP: báo cáo chỉ viết đoạn đánh giá, phân hạng."
      : ""),
  en: (p) =>
    `No ${s.en} sheet ("${s.vi}") found, by name or by header.` +
    (p?.productsOnly
      ? " The workbook keeps only the ranked products: the report writes the ranking paragraph alone."
      : ""),
});

export const missingColumn: Messages<{ header: string; key: string }> = {
  vi: (p) => `Sheet thiếu cột bắt buộc "${p.header ?? ""}".`,
  en: (p) =>
    `The sheet lacks the required column "${p.header ?? ""}" (${
      (COLUMN_LABELS as Record<string, ByLang<string>>)[p.key]?.en ?? ""
    }).`,
};

export const noHeader = (s: ByLang<string>): Messages<void> => ({
  vi: () => `Không tìm thấy dòng tiêu đề trong 20 dòng đầu của sheet.`,
  en: () => `No header row found in the first 20 rows of the ${s.en} sheet.`,
});

/** A reader's note: values after a long run of empty rows were not read (issue 13). */
export const rowsAfterGap: Messages<{ emptyRows: number }> = {
  vi: (p) =>
    `Có dữ liệu sau ${p.emptyRows ?? "nhiều"} dòng trống; từ ô này trở xuống không được đọc. Nếu đây là số liệu của bảng, hãy xoá các dòng trống; nếu không, xoá ô này.`,
  en: (p) =>
    `Values resume here after ${p.emptyRows ?? "many"} empty rows; from this cell down nothing was read. If they belong to the table, remove the empty rows; if not, clear this cell.`,
};

/** A reader's note: a value far right of the data (a stray keystroke) was not read. */
export const columnsFarRight: Messages<void> = {
  vi: () =>
    `Ô có giá trị nằm xa bên phải bảng số liệu nên không được đọc. Nếu là giá trị gõ nhầm, hãy xoá ô này.`,
  en: () =>
    `A value far right of the table was not read. If it was typed by mistake, clear this cell.`,
};
