import type { ByLang } from "../findings/lang";
import { formatNumber } from "../text/wording";
import type { LeftOutReason } from "./model";

/** The words of the left-out line, by language: why rows were left out and how to say so. */
export interface LeftOutText {
  reasons: Record<LeftOutReason, string>;
  /** One sheet's part: its name, the rows (already cut short) and how many there are. */
  part: (p: { sheet: string; rows: string; count: number; reason: string }) => string;
  /** The whole line from its parts. */
  line: (p: { total: number; parts: string }) => string;
}

export const LEFT_OUT_TEXT: ByLang<LeftOutText> = {
  vi: {
    reasons: {
      errors: "có lỗi",
      fairLeftOut: "hội chợ của dòng có lỗi hoặc không có trong sheet hội chợ",
      incomplete: "thiếu số liệu cần cho báo cáo",
    },
    part: (p) => `'${p.sheet}' dòng ${p.rows} (${p.reason})`,
    line: (p) => `Báo cáo không tính ${formatNumber(p.total)} dòng: ${p.parts}.`,
  },
  en: {
    reasons: {
      errors: "they have errors",
      fairLeftOut: "their fair has errors or is not on the fairs sheet",
      incomplete: "a value the report needs is missing",
    },
    part: (p) => `'${p.sheet}' row${p.count > 1 ? "s" : ""} ${p.rows} (${p.reason})`,
    line: (p) => `The report leaves out ${p.total} row${p.total > 1 ? "s" : ""}: ${p.parts}.`,
  },
};
