/**
 * Calendar arithmetic on the ISO `YYYY-MM-DD` dates of typed rows. UTC day numbers only: no
 * time zones, no clock.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; NaN when the text is not an ISO date. */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** How many calendar days a span covers, both ends included: 01/8 to 31/8 is 31 days. */
export function daysInclusive(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** A real calendar date in ISO form (not "2024-02-30"). */
export function isIsoDate(text: string | undefined): text is string {
  if (text === undefined || !ISO.test(text)) return false;
  return formatIso(dayNumber(text)) === text;
}

function formatIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The calendar date of `now` on the user's own clock (local time zone), as ISO yyyy-mm-dd. Doors
 * read the clock and pass the instant; the core never does. Local, not UTC: in Việt Nam (UTC+7)
 * the UTC date is still yesterday until 07:00, and the pane, the Excel door and the CLI must agree
 * on one "today".
 */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
