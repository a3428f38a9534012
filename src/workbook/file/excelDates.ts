/**
 * Excel stores a date as a day count (a serial) from its epoch: 30 Dec 1899 in the 1900 system
 * (so that its fictitious 29 Feb 1900 lines up), 1 Jan 1904 in the Mac 1904 system. Serial to
 * day is the core's `serialToIso` (core/sheets/excelDate), which every door reads dates with.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The serial of an ISO day (yyyy-mm-dd), at midnight. */
export function isoToSerial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split("-").map(Number);
  return dateToSerial(new Date(Date.UTC(y, m - 1, d)), date1904);
}

/** The serial of a moment as exceljs hands it over (a JS Date read as UTC), time of day kept. */
export function dateToSerial(date: Date, date1904 = false): number {
  return (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}
