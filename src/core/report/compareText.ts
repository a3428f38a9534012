/**
 * Two strings in UTF-16 code-unit order. Not `localeCompare`: the order must not depend on the
 * machine's locale, so the same workbook gives the same words everywhere (domain.md §6). ISO
 * dates sort as dates by it.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
