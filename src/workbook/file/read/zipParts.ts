import { Inflate } from "fflate";
import { UnreadableWorkbookError } from "./readProblem";
import { Utf8Pieces } from "./utf8Pieces";

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

/**
 * Compressed bytes pushed at a time. A deflate stream inflates at most ~1032×: small pushes
 * keep a bomb's pieces to a few MB; once the part shows an ordinary ratio, larger pushes save
 * fflate the regrowing of its output buffer.
 */
const PUSH = 4 * 1024;
const LARGE_PUSH = 64 * 1024;
const ORDINARY_RATIO = 50;
/**
 * Inflated bytes handed over at most at a time. Smaller pieces cost the scanner more (it joins
 * text between rows); pieces over V8's 128 KiB regular-object size decode into strings kept in
 * its large-object space until a full collection, so a read's garbage would pile up to several
 * times the sheet XML before it is freed.
 */
export const PIECE = 64 * 1024;
/**
 * Sheet XML deflates about 5-20 to 1 (its cell addresses differ); a bomb, about 1000 to 1. Past
 * this many bytes, a part inflating more than RATIO times its compressed bytes is refused
 * without waiting for the size cap, which takes seconds to reach.
 */
export const RATIO_FROM = 16 * 2 ** 20;
export const RATIO = 200;

export function damaged(detail: string): UnreadableWorkbookError {
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
 * Where a part's stored (compressed) bytes are: [start, end) of the file. Throws for an
 * encrypted part or a damaged entry.
 */
export function partData(bytes: Uint8Array, part: ZipPart): { start: number; end: number } {
  if (part.encrypted) throw new UnreadableWorkbookError("encrypted");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged("bad zip entry");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + part.compressedSize;
  if (end > bytes.length) throw damaged("truncated zip entry");
  return { start, end };
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
  const { start, end } = partData(bytes, part);
  let total = 0;
  let consumed = 0;
  let stopped = false;
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  const handOver = () => {
    if (heldBytes === 0 || stopped) return;
    const piece = held.length === 1 ? held[0] : concat(held, heldBytes);
    held = [];
    heldBytes = 0;
    for (let at = 0; at < piece.length && !stopped; at += PIECE)
      if (onPiece(piece.subarray(at, at + PIECE)) === false) stopped = true;
  };
  const take = (piece: Uint8Array) => {
    if (stopped || piece.length === 0) return;
    total += piece.length;
    if (total > limit || (total > RATIO_FROM && total > consumed * RATIO))
      throw new UnreadableWorkbookError("zipBomb", { part: part.name, limit });
    held.push(piece);
    heldBytes += piece.length;
    if (heldBytes >= PIECE) handOver();
  };
  if (part.method === 0) {
    for (let p = start; p < end && !stopped; p += PIECE) {
      consumed = Math.min(end, p + PIECE) - start;
      take(bytes.subarray(p, Math.min(end, p + PIECE)));
    }
    handOver();
    return;
  }
  if (part.method !== 8) throw damaged(`zip method ${part.method}`);
  const inflate = new Inflate((piece) => take(piece));
  try {
    for (let p = start; p < end && !stopped;) {
      const step = consumed > 0 && total < consumed * ORDINARY_RATIO ? LARGE_PUSH : PUSH;
      const stop = Math.min(end, p + step);
      consumed = stop - start;
      inflate.push(bytes.subarray(p, stop), stop === end);
      p = stop;
    }
  } catch (err) {
    // fflate's own errors carry a numeric code; anything else came from `onPiece` and goes on.
    if (typeof (err as { code?: unknown }).code === "number")
      throw damaged(err instanceof Error ? err.message : String(err));
    throw err;
  }
  handOver();
}

function concat(pieces: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
  const decoder = new Utf8Pieces();
  let text = "";
  inflatePart(bytes, part, limit, (piece) => {
    text += decoder.decode(piece);
  });
  return text + decoder.end();
}
