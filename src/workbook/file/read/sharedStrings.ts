import { UnreadableWorkbookError } from "./readProblem";
import { Utf8Pieces } from "./utf8Pieces";
import { findPart, inflatePart, type ZipPart } from "./zipParts";
import { stringItemText } from "./xmlText";

const ITEM = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;

/** The shared strings table (`xl/sharedStrings.xml`), read in pieces: one string per `<si>`. */
export function readSharedStrings(
  bytes: Uint8Array,
  parts: Map<string, ZipPart>,
  name: string | undefined,
  limit: number
): string[] {
  const part = name ? findPart(parts, name) : undefined;
  const out: string[] = [];
  if (!part) return out;
  if (part.size > limit) throw new UnreadableWorkbookError("zipBomb", { part: part.name, limit });
  const decoder = new Utf8Pieces();
  let pending = "";
  let itemEnd: string | undefined;
  const scan = (region: string) => {
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(region); m; m = ITEM.exec(region))
      out.push(m[1] ? stringItemText(m[1]) : "");
  };
  inflatePart(bytes, part, limit, (piece) => {
    pending += decoder.decode(piece);
    if (itemEnd === undefined) {
      const sst = /<([\w.-]+:)?sst\b/.exec(pending);
      if (!sst) return;
      itemEnd = `</${sst[1] ?? ""}si>`;
    }
    const close = pending.lastIndexOf(itemEnd);
    if (close < 0) return;
    // All before the last `</si>` is whole items.
    const end = close + itemEnd.length;
    scan(pending.slice(0, end));
    pending = pending.slice(end);
  });
  scan(pending + decoder.end());
  return out;
}
