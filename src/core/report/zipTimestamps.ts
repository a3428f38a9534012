/**
 * Sets every entry's modification time in a zip to one fixed moment, in place: 00:00 of
 * `isoDate` (the report date), 1 January 2024 without one or outside 1980–2107 (MS-DOS dates). Zip writers stamp entries with the time of writing; a .docx that must come out
 * byte for byte the same for the same report cannot carry that. Layout: PKWARE APPNOTE 6.3,
 * §4.3.7 (local header), §4.3.12 (central directory), §4.3.16 (end of central directory).
 * A buffer that is not a zip comes back as it was.
 */
export function fixZipTimestamps(zip: Uint8Array, isoDate?: string): Uint8Array {
  const date = dosDate(isoDate);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return zip;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) break;
    stamp(view, at + 12, date);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= view.byteLength && view.getUint32(local, true) === LOCAL_HEADER)
      stamp(view, local + 10, date);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return zip;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** MS-DOS date of 2024-01-01: (2024 - 1980) << 9 | 1 << 5 | 1; time 00:00:00 is 0. */
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

function stamp(view: DataView, offset: number, date: number): void {
  view.setUint16(offset, 0, true);
  view.setUint16(offset + 2, date, true);
}

function dosDate(isoDate: string | undefined): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? "");
  const year = Number(m?.[1]);
  if (!m || year < 1980 || year > 2107) return DOS_DATE;
  return ((year - 1980) << 9) | (Number(m[2]) << 5) | Number(m[3]);
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
