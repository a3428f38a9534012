import type { Messages } from "./spec";
import { COLUMN_LABELS } from "./labels";
import type { ByLang } from "./lang";

export const missingSheet = (s: ByLang<string>): Messages<{ sheet: string }> => ({
  vi: () => `Không tìm thấy sheet "${s.vi}" (theo tên hay dòng tiêu đề).`,
  en: () => `No ${s.en} sheet ("${s.vi}") found, by name or by header.`,
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
