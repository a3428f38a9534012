import type { CellValue } from "./rawSheet";

const MS_PER_DAY = 86_400_000;
// Excel's 1900 system counts a 29/02/1900 that never was (serial 60); serials after it are
// one day off a plain count from 31/12/1899, so they count from 30/12/1899.
const EPOCH_1900_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_1900_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Dates outside this span are typing slips (a score in a date column), not OCOP dates. */
const FIRST_PLAUSIBLE = "1990-01-01";
const LAST_PLAUSIBLE = "2100-12-31";

export type DateReading = { iso: string } | { invalid: true };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): DateReading {
  if (!isValidDay(y, m, d)) return { invalid: true };
  const out = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return out < FIRST_PLAUSIBLE || out > LAST_PLAUSIBLE ? { invalid: true } : { iso: out };
}

/** An Excel serial (time of day dropped) as an ISO date. */
export function serialToIso(serial: number, date1904: boolean): DateReading {
  if (!Number.isFinite(serial) || serial < 1) return { invalid: true };
  const day = Math.floor(serial);
  if (!date1904 && day === 60) return { invalid: true };
  const epoch = date1904
    ? EPOCH_1904
    : day < 60
      ? EPOCH_1900_BEFORE_LEAP_BUG
      : EPOCH_1900_AFTER_LEAP_BUG;
  const date = new Date(epoch + day * MS_PER_DAY);
  if (Number.isNaN(date.getTime())) return { invalid: true };
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

// Day-first only (domain.md §5): 15/03/2024, 5/3/2024, 15-03-2024, 15.03.2024; an optional
// time of day as Excel exports it. Month-first (03/15/2024) is never guessed.
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
// "ngày 15 tháng 3 năm 2024", as dates are written in Vietnamese documents.
const WORDED = /^ng[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4})$/i;

export function parseDateText(text: string): DateReading {
  const t = text.trim().normalize("NFC");
  let m = DAY_FIRST.exec(t);
  if (m) return iso(Number(m[4]), Number(m[3]), Number(m[1]));
  m = ISO.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = WORDED.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return { invalid: true };
}

/** A date column's cell: a bare number is a serial, text is read day-first. */
export function coerceDate(value: CellValue, date1904: boolean): DateReading {
  if (typeof value === "number") return serialToIso(value, date1904);
  if (typeof value === "string") return parseDateText(value);
  return { invalid: true };
}

/** Number formats that show a serial as a date (d, m, y codes outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /m/i.test(bare.replace(/h+:?m+|m+:?s+/gi, ""));
}
