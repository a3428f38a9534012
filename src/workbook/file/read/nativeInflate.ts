import { UnreadableWorkbookError } from "./readProblem";
import { damaged, inflatePart, partData, PIECE, RATIO, RATIO_FROM, type ZipPart } from "./zipParts";

/** Compressed bytes written to the inflater at a time. */
const WRITE = 16 * 1024;

/** The platform's own raw-deflate inflater, or undefined (an older browser, a bare runtime). */
function platformInflater(): DecompressionStream | undefined {
  if (typeof DecompressionStream !== "function") return undefined;
  try {
    return new DecompressionStream("deflate-raw");
  } catch {
    // A browser that knows DecompressionStream but not "deflate-raw" (before 2023).
    return undefined;
  }
}

/**
 * `inflatePart` through the platform's inflater (`DecompressionStream`, in browsers and Node),
 * falling back to fflate where there is none. Same pieces, same caps, same refusals; but
 * native code, and one buffer per piece where fflate's streaming makes about four (it regrows
 * its output and copies its window each push): for a 15 MB sheet, some 15 MB less garbage
 * waiting for the collector at the peak of a read, and faster than fflate before it warms up
 * (issue 13). `onPiece` answering false stops the part.
 */
export async function inflatePartNatively(
  bytes: Uint8Array,
  part: ZipPart,
  limit: number,
  onPiece: (piece: Uint8Array) => boolean | void,
  inflater: () => DecompressionStream | undefined = platformInflater
): Promise<void> {
  const { start, end } = partData(bytes, part);
  const stream = part.method === 8 ? inflater() : undefined;
  if (!stream) {
    inflatePart(bytes, part, limit, onPiece);
    return;
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let consumed = 0;
  let stopped = false;
  // Written alongside the reads (a write waits until the inflater takes it); a failure is the
  // reads' failure, reported there. `consumed` counts a write as soon as it is handed over,
  // as inflatePart counts a push: a bomb is refused within one write's output of the ratio.
  const writing = (async () => {
    for (let p = start; p < end && !stopped; p += WRITE) {
      const stop = Math.min(end, p + WRITE);
      consumed = stop - start;
      // The file is read into an ordinary ArrayBuffer (never a shared one).
      await writer.write(bytes.subarray(p, stop) as Uint8Array<ArrayBuffer>);
    }
    if (!stopped) await writer.close();
  })().catch(() => undefined);
  let total = 0;
  let finished = false;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (err) {
        throw damaged(err instanceof Error ? err.message : String(err));
      }
      if (next.done) {
        finished = true;
        break;
      }
      const chunk = next.value;
      total += chunk.length;
      // As inflatePart: the cap whatever the directory says, and a bomb's ratio past 16 MB.
      if (total > limit || (total > RATIO_FROM && total > consumed * RATIO))
        throw new UnreadableWorkbookError("zipBomb", { part: part.name, limit });
      for (let at = 0; at < chunk.length && !stopped; at += PIECE)
        if (onPiece(chunk.subarray(at, at + PIECE)) === false) stopped = true;
      if (stopped) break;
    }
  } finally {
    if (!finished) {
      // Stopped, refused or failed: the inflater is let go, its pending write with it.
      stopped = true;
      await reader.cancel().catch(() => undefined);
      await writer.abort().catch(() => undefined);
    }
    await writing;
  }
}
