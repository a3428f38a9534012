import type { Lang } from ".";

const formats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
};

/** A count as the language groups it: "31.470" in Vietnamese, "31,470" in English. */
export function countText(lang: Lang, count: number): string {
  return formats[lang].format(count);
}

/**
 * Message parameters that are counts, grouped when worded. Years, codes and suggested values are
 * not counts: "năm 2023" must not read "năm 2.023".
 */
export const COUNT_PARAMS: ReadonlySet<string> = new Set([
  "count",
  "marked",
  "skipped",
  "done",
  "total",
  "from",
  "to",
]);
