import { serialToIso } from "./excelDate";
import type { CellValue } from "./rawSheet";

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

/** An Excel serial as a date a sheet may hold (time of day dropped). */
export function serialToDate(serial: number, date1904: boolean): DateReading {
  const day = serialToIso(serial, date1904);
  if (day === undefined) return { invalid: true };
  const [y, m, d] = day.split("-").map(Number);
  return iso(y, m, d);
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
  if (typeof value === "number") return serialToDate(value, date1904);
  if (typeof value === "string") return parseDateText(value);
  return { invalid: true };
}
