/** U+00A0: a space a line must not break at. */
export const NBSP = "\u00a0";

/**
 * The spaces a line must not break at in the rendered report (HTML, .docx): between a number
 * and the word it counts ("4 sao", "03 kỳ", "120 lượt") and after "tháng", "ngày", "năm" before
 * their number ("tháng 10/2023"). Plain text stays plain; this is for the rich renderings.
 */
export function keepTogether(text: string): string {
  return text
    .replace(/(\d) (?=\p{L})/gu, `$1${NBSP}`)
    .replace(/(^|[^\p{L}])(tháng|ngày|năm) (?=\d)/gu, `$1$2${NBSP}`);
}
