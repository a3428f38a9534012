import type { Lang } from "../findings/lang";
import { ALL_SHEETS } from "../sheets/columns";
import { formatNumber } from "../text/wording";
import type { LeftOut, LeftOutReason } from "./model";

const REASONS: Record<LeftOutReason, Record<Lang, string>> = {
  errors: { vi: "có lỗi", en: "they have errors" },
  fairLeftOut: {
    vi: "hội chợ của dòng có lỗi hoặc không có trong sheet hội chợ",
    en: "their fair has errors or is not on the fairs sheet",
  },
  incomplete: { vi: "thiếu số liệu cần cho báo cáo", en: "a value the report needs is missing" },
};

/** How many rows the report did not count. */
export function leftOutTotal(leftOut: readonly LeftOut[]): number {
  return leftOut.reduce((sum, l) => sum + l.rows.length, 0);
}

/**
 * One line a door shows when rows were left out: how many, where and why. Empty when none.
 * Row lists are cut after ten so the line stays a line.
 */
export function leftOutMessage(leftOut: readonly LeftOut[], lang: Lang): string {
  const total = leftOutTotal(leftOut);
  if (total === 0) return "";
  const parts = leftOut.map((l) => {
    const sheet = l.sheet ?? ALL_SHEETS.find((s) => s.kind === l.kind)?.defaultName ?? l.kind;
    const shown = l.rows.slice(0, 10).join(", ") + (l.rows.length > 10 ? ", …" : "");
    return lang === "vi"
      ? `'${sheet}' dòng ${shown} (${REASONS[l.reason].vi})`
      : `'${sheet}' row${l.rows.length > 1 ? "s" : ""} ${shown} (${REASONS[l.reason].en})`;
  });
  return lang === "vi"
    ? `Báo cáo không tính ${formatNumber(total)} dòng: ${parts.join("; ")}.`
    : `The report leaves out ${total} row${total > 1 ? "s" : ""}: ${parts.join("; ")}.`;
}
