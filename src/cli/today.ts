/**
 * Today as the user's own calendar says (local time zone), as ISO yyyy-mm-dd. The CLI is a door:
 * it may read the clock; the core is handed the date. Local, not UTC: in Việt Nam (UTC+7) the UTC
 * date is still yesterday until 07:00, and every command must agree on one "today".
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
