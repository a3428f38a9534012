/**
 * Excel's dates, once for every door: a date is a day count (a serial) under a number format
 * that shows it as a date. The 1900 system counts from 31/12/1899 and invents a 29/02/1900
 * (serial 60), so later serials count from 30/12/1899; the Mac 1904 system counts from 01/01/1904.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_1900_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_1900_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Reading a date back through JS Dates leaves float dust (45183.9999999); it is still that day. */
const DUST = 1e-6;

/**
 * The calendar day (ISO yyyy-mm-dd) of a serial, its time of day dropped, never rounded up.
 * Undefined when the serial is no day: not a finite number, before the epoch, or 1900's
 * phantom 29 February.
 */
export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial + DUST);
  if (day < (date1904 ? 0 : 1) || (!date1904 && day === 60)) return undefined;
  const epoch = date1904
    ? EPOCH_1904
    : day < 60
      ? EPOCH_1900_BEFORE_LEAP_BUG
      : EPOCH_1900_AFTER_LEAP_BUG;
  const date = new Date(epoch + day * MS_PER_DAY);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/**
 * Number formats that show a serial as a date: day, month or year codes outside quotes and
 * brackets. An `m` beside hours or seconds is minutes, so a time-only format ("h:mm AM/PM",
 * "[h]:mm", "mm:ss") is not a date.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General") return false;
  const bare = format
    .replace(/"[^"]*"|\\./g, "")
    // [h], [mm], [ss]: elapsed time; other brackets are colours, locales and conditions.
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/AM\/PM|A\/P/gi, "");
  if (/[dy]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}
