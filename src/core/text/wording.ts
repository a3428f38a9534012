/**
 * Numbers, dates, months and lists as Vietnamese administrative text writes them (domain.md §6,
 * after the seed report and Nghị định 30/2020/NĐ-CP): "03 kỳ", "1.234", "69,5", "a, b và c",
 * "tháng 9/2023", "ngày 10 tháng 01 năm 2024".
 */

/** 1234567 → "1.234.567"; 69.5 → "69,5": a dot groups thousands, a comma marks decimals. */
export function formatNumber(value: number, maxDecimals = 2): string {
  const negative = value < 0;
  const rounded = Math.abs(value).toFixed(maxDecimals);
  const [whole, fraction = ""] = rounded.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const decimals = fraction.replace(/0+$/, "");
  return (negative ? "-" : "") + grouped + (decimals ? "," + decimals : "");
}

/**
 * A count in running text: below 10 it carries a leading zero ("03 kỳ", "04 lớp") unless the
 * writer turned that off; 10 and above are grouped as `formatNumber` does.
 */
export function formatCount(count: number, leadingZeros = true): string {
  if (leadingZeros && Number.isInteger(count) && count >= 0 && count < 10) return `0${count}`;
  return formatNumber(count, 0);
}

/** "a", "a và b", "a, b và c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year, month, day] = isoDate.split("-").map(Number);
  return { year, month, day };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "2024-01-10" → "ngày 10 tháng 01 năm 2024". */
export function fullDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `ngày ${pad2(day)} tháng ${pad2(month)} năm ${year}`;
}

/** Dates already written short: thousands of findings name the same few dates. */
const shortDates = new Map<string, string>();

/** "2023-12-31" → "31/12/2023". */
export function shortDate(isoDate: string): string {
  let short = shortDates.get(isoDate);
  if (short !== undefined) return short;
  const { year, month, day } = parts(isoDate);
  short = `${pad2(day)}/${pad2(month)}/${year}`;
  // Bounded: a long session in the pane checks many workbooks.
  if (shortDates.size >= 4096) shortDates.clear();
  shortDates.set(isoDate, short);
  return short;
}

/**
 * The month(s) an event ran in: "tháng 9/2023", "tháng 9-10/2023" across two months of a year,
 * "tháng 12/2023-1/2024" across a new year.
 */
export function monthSpan(startIso: string, endIso: string = startIso): string {
  const start = parts(startIso);
  const end = parts(endIso < startIso ? startIso : endIso);
  if (start.year === end.year && start.month === end.month)
    return `tháng ${start.month}/${start.year}`;
  if (start.year === end.year) return `tháng ${start.month}-${end.month}/${start.year}`;
  return `tháng ${start.month}/${start.year}-${end.month}/${end.year}`;
}

/** The first letter upper-case, the rest as written: "đường thốt nốt" → "Đường thốt nốt". */
export function capitalizeFirst(text: string): string {
  const [first = "", ...rest] = Array.from(text);
  return first.toLocaleUpperCase("vi") + rest.join("");
}

/**
 * The first letter lower-case, for a name inside a sentence: "Khô cá lóc" → "khô cá lóc".
 * A word in capitals ("ST25", "OCOP") is an acronym and stays as it is.
 */
export function lowerFirst(text: string): string {
  const [first = "", second = "", ...rest] = Array.from(text);
  if (second !== second.toLocaleLowerCase("vi")) return text;
  return first.toLocaleLowerCase("vi") + second + rest.join("");
}
