import { Inflate } from "fflate";
import { UnreadableWorkbookError } from "./readProblem";

/**
 * The parts of a zip (an .xlsx, .xlsb or .ods) read from its central directory, and one part
 * inflated piece by piece. fflate's one-shot `unzipSync` would inflate a whole part into one
 * buffer before anyone could count its bytes; here the caller sees each piece and can stop.
 */

export interface ZipPart {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory declares (a zip bomb may lie about it). */
  size: number;
  localOffset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** Compressed bytes pushed at a time: a deflate stream inflates at most ~1032× (16 MB here). */
const PUSH = 16 * 1024;

function damaged(detail: string): UnreadableWorkbookError {
  return new UnreadableWorkbookError("damaged", {}, detail);
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4
  );
}

export function zipParts(bytes: Uint8Array): Map<string, ZipPart> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged("no zip directory");
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === MAX32) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(eocd - 12);
    if (z + 56 > bytes.length || u32(z) !== ZIP64_EOCD) throw damaged("bad zip64 directory");
    count = u64(z + 32);
    offset = u64(z + 48);
  }
  const parts = new Map<string, ZipPart>();
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw damaged("bad zip directory entry");
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const part: ZipPart = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
      encrypted: (u16(at + 8) & 1) === 1,
    };
    // Zip64: the sizes and offset that overflowed 32 bits follow, in this order, in extra 0x0001.
    let x = at + 46 + nameLength;
    const xEnd = x + extraLength;
    while (x + 4 <= xEnd) {
      const id = u16(x);
      const length = u16(x + 2);
      if (id === 1) {
        let f = x + 4;
        if (part.size === MAX32) {
          part.size = u64(f);
          f += 8;
        }
        if (part.compressedSize === MAX32) {
          part.compressedSize = u64(f);
          f += 8;
        }
        if (part.localOffset === MAX32) part.localOffset = u64(f);
      }
      x += 4 + length;
    }
    parts.set(part.name, part);
    at = xEnd + commentLength;
  }
  return parts;
}

/** Finds a part by name, forgiving a leading "/" and letter case (some writers differ). */
export function findPart(parts: Map<string, ZipPart>, name: string): ZipPart | undefined {
  const bare = name.replace(/^\//, "");
  const exact = parts.get(bare);
  if (exact) return exact;
  const lower = bare.toLowerCase();
  for (const [n, p] of parts) if (n.toLowerCase() === lower) return p;
  return undefined;
}

/**
 * Inflates one part, handing each piece to `onPiece`; a piece answered with `false` stops it.
 * Past `limit` bytes it throws `zipBomb`, whatever the directory declared.
 */
export function inflatePart(
  bytes: Uint8Array,
  part: ZipPart,
  limit: number,
  onPiece: (piece: Uint8Array) => boolean | void
): void {
  if (part.encrypted) throw new UnreadableWorkbookError("encrypted");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged("bad zip entry");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + part.compressedSize;
  if (end > bytes.length) throw damaged("truncated zip entry");
  let total = 0;
  let stopped = false;
  const take = (piece: Uint8Array) => {
    if (stopped || piece.length === 0) return;
    total += piece.length;
    if (total > limit) throw new UnreadableWorkbookError("zipBomb", { part: part.name, limit });
    if (onPiece(piece) === false) stopped = true;
  };
  if (part.method === 0) {
    for (let p = start; p < end && !stopped; p += PUSH)
      take(bytes.subarray(p, Math.min(end, p + PUSH)));
    return;
  }
  if (part.method !== 8) throw damaged(`zip method ${part.method}`);
  const inflate = new Inflate((piece) => take(piece));
  try {
    for (let p = start; p < end && !stopped; p += PUSH) {
      const stop = Math.min(end, p + PUSH);
      inflate.push(bytes.subarray(p, stop), stop === end);
    }
  } catch (err) {
    // fflate's own errors carry a numeric code; anything else came from `onPiece` and goes on.
    if (typeof (err as { code?: unknown }).code === "number")
      throw damaged(err instanceof Error ? err.message : String(err));
    throw err;
  }
}

/** A small part (workbook, styles, relationships) whole, as text; undefined when absent. */
export function partText(
  bytes: Uint8Array,
  parts: Map<string, ZipPart>,
  name: string,
  limit: number
): string | undefined {
  const part = findPart(parts, name);
  if (!part) return undefined;
  if (part.size > limit) throw new UnreadableWorkbookError("zipBomb", { part: part.name, limit });
  const decoder = new TextDecoder();
  let text = "";
  inflatePart(bytes, part, limit, (piece) => {
    text += decoder.decode(piece, { stream: true });
  });
  return text + decoder.decode();
}
