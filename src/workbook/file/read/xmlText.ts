/**
 * Text as it stands in an OOXML part, decoded: XML's entities and character references, then
 * OOXML's own `_xHHHH_` escapes for characters XML cannot carry (ECMA-376 Part 1, §22.9.2.19
 * ST_Xstring), which exceljs and Excel decode too.
 */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function codePoint(n: number, whole: string): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
}

/**
 * The text as a string of its own. A piece cut from a longer string (a regular expression's
 * match, a slice) is, in V8, a view that keeps the whole longer string alive: a cell's text cut
 * from the 64 KB of sheet XML it came in would keep that XML in memory for as long as the grid
 * lives (issue 13: the grid of an inline-string sheet held its whole XML). Joined to a
 * character, the text is copied whole into a new string, which the slice then views alone.
 */
export function detached(text: string): string {
  // V8 copies cuts shorter than 13 characters rather than viewing them.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** XML text decoded (see above), as a string of its own (`detached`). */
export function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.includes("&"))
    text = text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
      if (ref[0] !== "#") return NAMED[ref] ?? whole;
      return codePoint(
        ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10),
        whole
      );
    });
  if (text.includes("_x"))
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16))
    );
  return text === raw ? detached(text) : text;
}

/** The value of one attribute in a tag's attribute text (`r="A1" s="3"`), raw; undefined if absent. */
export function attribute(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? " " : attrs[at - 1];
    // A whole name: after a space or a prefix's colon, and followed by `=`.
    if (before !== " " && before !== "\t" && before !== "\n" && before !== "\r" && before !== ":")
      continue;
    let eq = from;
    while (attrs[eq] === " ") eq++;
    if (attrs[eq] !== "=") continue;
    let q = eq + 1;
    while (attrs[q] === " ") q++;
    const quote = attrs[q];
    if (quote !== '"' && quote !== "'") continue;
    const end = attrs.indexOf(quote, q + 1);
    if (end < 0) return undefined;
    return attrs.slice(q + 1, end);
  }
}

/**
 * The text of a string item (`<si>` or `<is>` content): its `<t>` runs joined, phonetic
 * guides (`<rPh>`, Japanese furigana) left out as Excel shows them.
 */
export function stringItemText(inner: string): string {
  let body = inner;
  if (body.includes("rPh")) body = body.replace(/<([\w.-]+:)?rPh\b[\s\S]*?<\/([\w.-]+:)?rPh>/g, "");
  const simple = /^<t(?:\s[^>]*)?>([^<]*)<\/t>$/.exec(body);
  if (simple) return decodeXmlText(simple[1]);
  let out = "";
  const runs = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g;
  for (let m = runs.exec(body); m; m = runs.exec(body)) out += m[1] ?? "";
  return decodeXmlText(out);
}
