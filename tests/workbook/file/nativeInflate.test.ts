import { inflatePartNatively } from "../../../src/workbook/file/read/nativeInflate";
import { UnreadableWorkbookError } from "../../../src/workbook/file/readXlsx";
import { inflatePart, zipParts, type ZipPart } from "../../../src/workbook/file/read/zipParts";
import { partOf, repeatedPart, zipOf, type RawPart } from "./hostileFiles";

function zipWith(part: RawPart): { bytes: Uint8Array; part: ZipPart } {
  const bytes = zipOf([part]);
  return { bytes, part: zipParts(bytes).get(part.name)! };
}

/** A sheet-like text of `n` rows: repetitive, as sheet XML is, but not constant. */
function rows(n: number): string {
  let xml = "";
  for (let r = 1; r <= n; r++) xml += `<row r="${r}"><c r="A${r}" t="s"><v>${r % 97}</v></c></row>`;
  return xml;
}

async function piecesOf(
  bytes: Uint8Array,
  part: ZipPart,
  native: boolean,
  stopAfter = Infinity
): Promise<{ text: string; pieces: number }> {
  const decoder = new TextDecoder();
  let text = "";
  let pieces = 0;
  const onPiece = (piece: Uint8Array) => {
    expect(piece.length).toBeLessThanOrEqual(64 * 1024);
    text += decoder.decode(piece, { stream: true });
    return ++pieces < stopAfter;
  };
  if (native) await inflatePartNatively(bytes, part, 256 * 2 ** 20, onPiece);
  else inflatePart(bytes, part, 256 * 2 ** 20, onPiece);
  return { text: text + decoder.decode(), pieces };
}

describe("a part inflated by the platform (DecompressionStream)", () => {
  const xml = rows(40_000);
  const { bytes, part } = zipWith(partOf("xl/worksheets/sheet1.xml", xml));

  it("gives the same text as fflate, in pieces of at most 64 KB", async () => {
    expect(typeof DecompressionStream).toBe("function");
    const native = await piecesOf(bytes, part, true);
    expect(native.text).toBe(xml);
    expect((await piecesOf(bytes, part, false)).text).toBe(xml);
  });

  it("stops when a piece is answered false", async () => {
    const stopped = await piecesOf(bytes, part, true, 2);
    expect(stopped.pieces).toBe(2);
    expect(xml.startsWith(stopped.text)).toBe(true);
    expect(stopped.text.length).toBeLessThan(xml.length);
  });

  it("falls back to fflate where the platform has no inflater", async () => {
    let text = "";
    const decoder = new TextDecoder();
    await inflatePartNatively(
      bytes,
      part,
      256 * 2 ** 20,
      (piece) => void (text += decoder.decode(piece, { stream: true })),
      () => undefined
    );
    expect(text + decoder.decode()).toBe(xml);
  });

  it("refuses a part past the cap, and one inflating a thousand to one past 16 MB", async () => {
    const filler = "<!-- " + "x".repeat(2 ** 20) + " -->";
    const bomb = zipWith(repeatedPart("xl/worksheets/sheet1.xml", "<a>", filler, 200, "</a>"));
    const reason = async (limit: number) => {
      try {
        await inflatePartNatively(bomb.bytes, bomb.part, limit, () => undefined);
      } catch (err) {
        return err instanceof UnreadableWorkbookError ? err.reason : String(err);
      }
      return "read";
    };
    expect(await reason(8 * 2 ** 20)).toBe("zipBomb");
    let inflated = 0;
    await expect(
      inflatePartNatively(bomb.bytes, bomb.part, 2 ** 30, (p) => void (inflated += p.length))
    ).rejects.toMatchObject({ reason: "zipBomb" });
    // Refused within a write's output past the ratio's 16 MB, not after the 200 MB it holds.
    expect(inflated).toBeLessThan(48 * 2 ** 20);
  });

  it("calls a part whose deflate data is broken damaged", async () => {
    const broken = zipWith({ ...partOf("xl/worksheets/sheet1.xml", xml) });
    broken.bytes.fill(0xff, broken.part.localOffset + 60, broken.part.localOffset + 400);
    await expect(
      inflatePartNatively(broken.bytes, broken.part, 2 ** 30, () => undefined)
    ).rejects.toMatchObject({ reason: "damaged" });
  });
});
