import { constants, crc32, deflateRawSync } from "node:zlib";

/**
 * Hostile workbook files built in code (no binary fixtures): a zip whose parts are written by
 * hand, so a part may be huge (a deflate segment repeated) or declare a size it does not have.
 */

export interface RawPart {
  name: string;
  /** Raw deflate bytes. */
  deflated: Uint8Array;
  /** The size the directory declares. */
  size: number;
  crc?: number;
}

export function partOf(name: string, text: string): RawPart {
  const data = Buffer.from(text, "utf8");
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/**
 * A part that inflates to `text` repeated `times`: one fully flushed deflate segment (its own
 * dictionary, byte-aligned), repeated, then an empty final block. Built in milliseconds whatever
 * the size it inflates to, as a zip bomb is.
 */
export function repeatedPart(
  name: string,
  head: string,
  text: string,
  times: number,
  tail: string,
  declared?: number
): RawPart {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const segment = deflateRawSync(Buffer.from(text, "utf8"), flush);
  const first = deflateRawSync(Buffer.from(head, "utf8"), flush);
  const last = deflateRawSync(Buffer.from(tail, "utf8"));
  const out = new Uint8Array(first.length + segment.length * times + last.length);
  out.set(first, 0);
  for (let i = 0; i < times; i++) out.set(segment, first.length + i * segment.length);
  out.set(last, first.length + segment.length * times);
  const size = Buffer.byteLength(head) + Buffer.byteLength(text) * times + Buffer.byteLength(tail);
  return { name, deflated: out, size: declared ?? size };
}

/** A zip of the parts (deflated, sizes as declared). */
export function zipOf(parts: RawPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc ?? 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(Math.min(p.size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(p.crc ?? 0, 16);
    dir.writeUInt32LE(p.deflated.length, 20);
    dir.writeUInt32LE(Math.min(p.size, 0xffffffff), 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(p.deflated));
    central.push(dir, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts every workbook has, around one sheet part `xl/worksheets/sheet1.xml`. */
export function workbookAround(
  sheet: RawPart,
  sheetName = "Hội chợ",
  extra: RawPart[] = []
): Uint8Array {
  return zipOf([
    partOf(
      "[Content_Types].xml",
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    ),
    partOf(
      "_rels/.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    partOf(
      "xl/workbook.xml",
      `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    partOf(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
    ),
    partOf(
      "xl/styles.xml",
      `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`
    ),
    sheet,
    ...extra,
  ]);
}

/** A worksheet part from the XML of its rows. */
export function sheetPart(rowsXml: string, after = ""): RawPart {
  return partOf(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>${rowsXml}</sheetData>${after}</worksheet>`
  );
}

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>`;
export const SHEET_TAIL = `</sheetData></worksheet>`;
