import type { Messages } from "./spec";
import { isIsoDate } from "../isoDate";
import { shortDate } from "../text/wording";
import type { ColumnLabel } from "./labels";

/**
 * The messages of what reading a cell can find, one factory per problem: each column's codes in
 * the registry (`readingCodes.ts`) take the factory with the column's label.
 */

/** The text the reader saw, as params carry it. */
export interface TextParams {
  text: string;
}

/** dd/mm/yyyy for an ISO date; anything else as it is. */
function dmy(value: string | undefined): string {
  const text = value ?? "";
  return isIsoDate(text) ? shortDate(text) : text;
}

export const required = (l: ColumnLabel): Messages<void> => ({
  vi: () => `Thiếu ${l.vi} (bắt buộc).`,
  en: () => `${l.en} is required but empty.`,
});

export const formulaError = (l: ColumnLabel): Messages<{ error: string }> => ({
  vi: (p) => `${l.vi}: ô có lỗi công thức ${p.error ?? ""}; số liệu báo cáo sẽ sai.`,
  en: (p) =>
    `${l.en}: the cell holds the formula error ${p.error ?? ""}; report figures would be wrong.`,
});

/** A formula saved without its result: a file written by a program that does not calculate. */
export const uncalculated = (l: ColumnLabel): Messages<void> => ({
  vi: () => `${l.vi}: ô có công thức nhưng chưa có kết quả đã lưu; mở tệp trong Excel và lưu lại.`,
  en: () =>
    `${l.en}: the cell holds a formula with no saved result; open the file in Excel and save it again.`,
});

export const legacyEncoding = (l: ColumnLabel): Messages<{ encoding: string; fixed: string }> => ({
  vi: (p) =>
    `${l.vi}: chữ ở bảng mã ${p.encoding ?? "cũ"}, cần chuyển sang Unicode: "${p.fixed ?? ""}".`,
  en: (p) =>
    `${l.en}: text in the legacy ${p.encoding ?? ""} encoding; in Unicode: "${p.fixed ?? ""}".`,
});

export const decomposed = (l: ColumnLabel): Messages<void> => ({
  vi: () => `${l.vi}: chữ Unicode tổ hợp (NFD), nên chuyển sang Unicode dựng sẵn (NFC).`,
  en: () => `${l.en}: decomposed Unicode (NFD); convert to composed form (NFC).`,
});

export const spaces = (l: ColumnLabel): Messages<void> => ({
  vi: () => `${l.vi}: thừa khoảng trắng.`,
  en: () => `${l.en}: stray spaces.`,
});

export const invalidDate = (l: ColumnLabel): Messages<TextParams> => ({
  vi: (p) =>
    `${l.vi} "${p.text ?? ""}": không đọc được ngày; ghi theo ngày/tháng/năm (dd/mm/yyyy).`,
  en: (p) => `${l.en} "${p.text ?? ""}": not a date; write day/month/year (dd/mm/yyyy).`,
});

export const notNumber = (l: ColumnLabel): Messages<TextParams> => ({
  vi: (p) => `${l.vi} phải là số, không phải "${p.text ?? ""}".`,
  en: (p) => `${l.en} must be a number, not "${p.text ?? ""}".`,
});

export const notInteger = (l: ColumnLabel): Messages<TextParams> => ({
  vi: (p) => `${l.vi} phải là số nguyên, không phải ${p.text ?? ""}.`,
  en: (p) => `${l.en} must be a whole number, not ${p.text ?? ""}.`,
});

export const belowMinimum = (l: ColumnLabel): Messages<TextParams & { min: number }> => ({
  vi: (p) => `${l.vi} phải từ ${p.min ?? 0} trở lên, không phải ${p.text ?? ""}.`,
  en: (p) => `${l.en} must be at least ${p.min ?? 0}, not ${p.text ?? ""}.`,
});

export const unknownStars = (l: ColumnLabel): Messages<TextParams> => ({
  vi: (p) =>
    `${l.vi} "${p.text ?? ""}" không đọc được: ghi 3, 4 hoặc 5 (ví dụ "4", "4 sao", "★★★★").`,
  en: (p) =>
    `${l.en} "${p.text ?? ""}" cannot be read: write 3, 4 or 5 (e.g. "4", "4 stars", "★★★★").`,
});

/** What each reference list holds, said after the unlisted text. */
const NOT_IN = {
  district: {
    vi: "không phải huyện, thị xã, thành phố (hay xã, phường) của tỉnh",
    en: "is not a district (or commune) of the province",
  },
  province: {
    vi: "không có trong danh mục tỉnh, thành phố tại thời điểm tổ chức hội chợ",
    en: "is not a province in force on the fair's date",
  },
  category: {
    vi: "không thuộc các loại: OCOP, CNNTTB, Đặc thù, Tiềm năng OCOP, Khác",
    en: "is not one of: OCOP, CNNTTB, Đặc thù, Tiềm năng OCOP, Khác",
  },
  // QĐ 148/QĐ-TTg 24/02/2023: 6 product groups, 26 product sets.
  group: {
    vi: "không thuộc 6 nhóm sản phẩm OCOP (Quyết định 148/QĐ-TTg)",
    en: "is not one of the 6 OCOP product groups (Decision 148/QĐ-TTg)",
  },
  productSet: {
    vi: "không thuộc 26 bộ sản phẩm OCOP (Quyết định 148/QĐ-TTg)",
    en: "is not one of the 26 OCOP product sets (Decision 148/QĐ-TTg)",
  },
  producerType: {
    vi: "không thuộc các loại hình: doanh nghiệp, hợp tác xã, tổ hợp tác, hộ sản xuất",
    en: "is not a producer type: enterprise, cooperative, cooperative group, household",
  },
  level: {
    vi: "không phải cấp huyện, tỉnh hay trung ương",
    en: "is not a level: district, province or central",
  },
  status: {
    vi: "không phải: mới, nâng hạng, đánh giá lại",
    en: "is not one of: new, upgraded, re-assessed",
  },
} as const;

export type ReferenceList = keyof typeof NOT_IN;

export const notInList = (
  l: ColumnLabel,
  list: ReferenceList
): Messages<TextParams & { nearest?: string }> => ({
  vi: (p) =>
    `${l.vi} "${p.text ?? ""}" ${NOT_IN[list].vi}` +
    (p.nearest !== undefined ? `; có phải "${p.nearest}"?` : "."),
  en: (p) =>
    `${l.en} "${p.text ?? ""}" ${NOT_IN[list].en}` +
    (p.nearest !== undefined ? `; did you mean "${p.nearest}"?` : "."),
});

/** A province merged away before the row's date (NQ 202/2025/QH15: 34 provinces from 01/7/2025). */
export const provinceOutdated: Messages<{ name: string; successor: string; date?: string }> = {
  vi: (p) =>
    `Tỉnh/thành phố "${p.name ?? ""}" không còn vào ngày ${dmy(p.date)} (sắp xếp đơn vị hành chính); nay thuộc ${p.successor ?? ""}.`,
  en: (p) =>
    `"${p.name ?? ""}" is no longer a province on ${dmy(p.date)} (administrative units were merged); it is now part of ${p.successor ?? ""}.`,
};

/** QĐ 26/2026/QĐ-TTg Phụ lục I renamed some of QĐ 148's product sets (now phân nhóm). */
export const productSetRenamed: Messages<{ oldName: string; newName: string }> = {
  vi: (p) =>
    `"${p.oldName ?? ""}" là tên theo Quyết định 148/QĐ-TTg; với quyết định từ ngày 22/5/2026, ` +
    `theo Phụ lục I Quyết định 26/2026/QĐ-TTg nay là "${p.newName ?? ""}".`,
  en: (p) =>
    `"${p.oldName ?? ""}" is the name under Decision 148/QĐ-TTg; for decisions from 22/5/2026, ` +
    `Annex I of Decision 26/2026/QĐ-TTg calls it "${p.newName ?? ""}".`,
};

/** NQ 176/2025/QH15 renamed the ministry; QĐ 26/2026/QĐ-TTg Điều 4.1b names the new one. */
export const formerMinistry: Messages<{ text: string; ministry: string }> = {
  vi: (p) =>
    `"${p.text ?? ""}" nay là ${p.ministry ?? ""}: theo Quyết định 26/2026/QĐ-TTg, ` +
    `sản phẩm 5 sao do ${p.ministry ?? ""} công nhận.`,
  en: (p) =>
    `"${p.text ?? ""}" is now the ${p.ministry ?? ""}: under Decision 26/2026/QĐ-TTg it ` +
    `recognises 5-star products.`,
};

/** QĐ 148/QĐ-TTg 24/02/2023 renamed the 2019 product groups. */
export const groupOldName: Messages<{ oldName: string; newName: string }> = {
  vi: (p) =>
    `"${p.oldName ?? ""}" là tên nhóm năm 2019; theo Quyết định 148/QĐ-TTg nay là "${p.newName ?? ""}".`,
  en: (p) =>
    `"${p.oldName ?? ""}" is the 2019 group name; under Decision 148/QĐ-TTg it is "${p.newName ?? ""}".`,
};
