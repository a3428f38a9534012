import {
  detectEncoding,
  fixEncoding,
  fromUnicode,
  toUnicode,
  type LegacyEncoding,
} from "../../../src/core/text/encodings";
import { referenceNames, seedLines } from "./referenceNames";

const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];

/** The 134 Vietnamese letters that carry a diacritic, lower case then upper case. */
function markedLetters(): string[] {
  const lower = BASES.flatMap((b) => TONES.map((t) => (b + t).normalize("NFC"))).filter(
    (ch) => !/^[a-z]$/.test(ch)
  );
  lower.push("đ");
  return [...lower, ...lower.map((ch) => ch.toUpperCase())];
}

function isTonedCapital(ch: string): boolean {
  return ch !== ch.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/.test(ch.normalize("NFD"));
}

/**
 * The documented TCVN3 rule: the round trip is exact except that a toned capital may come back
 * in lower case (TCVN3 has no code for it); inside a word of capitals it comes back a capital.
 */
function expectTcvn3RoundTrip(back: string | undefined, text: string): void {
  expect(back).toHaveLength(text.length);
  const differences = [...text].flatMap((ch, i) => (back?.[i] === ch ? [] : [[ch, back?.[i]]]));
  for (const [ch, got] of differences) {
    expect(isTonedCapital(ch ?? "")).toBe(true);
    expect(got).toBe(ch?.toLowerCase());
  }
  for (const word of text.split(/\s+/)) {
    const others = [...word].filter((ch) => /\p{L}/u.test(ch) && !isTonedCapital(ch));
    if (others.length >= 2 && word === word.toUpperCase()) expect(back).toContain(word);
  }
}

const samples = [...referenceNames(), ...seedLines()];

describe("legacy encoding tables", () => {
  it("has a VNI form for each of the 134 marked letters, distinct and reversible", () => {
    const letters = markedLetters();
    expect(letters).toHaveLength(134);
    const forms = letters.map((ch) => fromUnicode(ch, "vni"));
    expect(new Set(forms).size).toBe(134);
    letters.forEach((ch, i) => {
      expect(forms[i]).not.toBe(ch.normalize("NFD"));
      expect(forms[i]).toMatch(/^[A-Za-z\u00d4\u00d6\u00f4\u00f6]?[\u00c0-\u00ff]$/);
      expect(toUnicode(forms[i], "vni")).toBe(ch);
    });
  });

  it("has one TCVN3 code per lower-case letter and per capital Ă Â Ê Ô Ơ Ư Đ", () => {
    const letters = markedLetters();
    const lower = letters.slice(0, 67);
    const codes = lower.map((ch) => fromUnicode(ch, "tcvn3"));
    expect(new Set(codes).size).toBe(67);
    codes.forEach((code, i) => {
      expect(code).toMatch(/^[\u00a1-\u00fe]$/);
      expect(toUnicode(code, "tcvn3")).toBe(lower[i]);
    });
    const capitals = ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"].map((ch) => fromUnicode(ch, "tcvn3"));
    expect(capitals.every((code) => !codes.includes(code))).toBe(true);
  });

  it("writes a toned capital with its lower-case TCVN3 code, as the .VnTimeH fonts did", () => {
    for (const ch of markedLetters().filter(isTonedCapital)) {
      expect(fromUnicode(ch, "tcvn3")).toBe(fromUnicode(ch.toLowerCase(), "tcvn3"));
    }
  });

  it("restores toned capitals inside capitalised words and whole capitalised texts", () => {
    expect(toUnicode(fromUnicode("BÁO CÁO", "tcvn3"), "tcvn3")).toBe("BÁO CÁO");
    expect(toUnicode(fromUnicode("ĐỒ UỐNG", "tcvn3"), "tcvn3")).toBe("ĐỒ UỐNG");
    expect(toUnicode(fromUnicode("Đồ uống", "tcvn3"), "tcvn3")).toBe("Đồ uống");
    expect(toUnicode(fromUnicode("Ủy ban", "tcvn3"), "tcvn3")).toBe("ủy ban");
    expect(toUnicode(fromUnicode("Sở NN&PTNT", "tcvn3"), "tcvn3")).toBe("Sở NN&PTNT");
  });

  it("reads the examples of domain.md §5 and of published converters", () => {
    expect(toUnicode("B¸o c¸o", "tcvn3")).toBe("Báo cáo");
    expect(toUnicode("Bé Néi vô", "tcvn3")).toBe("Bộ Nội vụ");
    expect(toUnicode("Ninh B×nh", "tcvn3")).toBe("Ninh Bình");
    expect(toUnicode("B¶o Th¾ng", "tcvn3")).toBe("Bảo Thắng");
    expect(toUnicode("Vieät Nam", "vni")).toBe("Việt Nam");
    expect(toUnicode("Xin chaøo caùc baïn", "vni")).toBe("Xin chào các bạn");
  });

  it("gives NFC whatever the input", () => {
    const decomposed = "Việt Nam".normalize("NFD");
    expect(fromUnicode(decomposed, "vni")).toBe("Vieät Nam");
    expect(toUnicode("Vieät Nam", "vni")).toBe("Việt Nam".normalize("NFC"));
  });
});

describe("detecting legacy encodings", () => {
  function expectRoundTrip(text: string, encoding: LegacyEncoding, known?: readonly string[]) {
    const legacy = fromUnicode(text, encoding);
    expect({ text, found: detectEncoding(legacy, known) }).toEqual({ text, found: encoding });
    const back = fixEncoding(legacy, known)?.fixed;
    if (encoding === "vni") expect(back).toBe(text);
    else expectTcvn3RoundTrip(back, text);
  }

  it.each(["tcvn3", "vni"] as LegacyEncoding[])(
    "detects %s on every line of the seed report and converts it back",
    (encoding) => {
      const lines = seedLines().filter((line) => fromUnicode(line, encoding) !== line);
      expect(lines.length).toBeGreaterThan(75);
      for (const line of lines) expectRoundTrip(line, encoding);
    }
  );

  it.each(["tcvn3", "vni"] as LegacyEncoding[])(
    "detects %s on every reference name, given the names the column may hold",
    (encoding) => {
      const names = referenceNames().filter((name) => fromUnicode(name, encoding) !== name);
      expect(names.length).toBeGreaterThan(100);
      for (const name of names) expectRoundTrip(name, encoding, referenceNames());
    }
  );

  it.each([
    ["tcvn3", ["An Phú"]],
    ["vni", ["Sơn La", "Hồ Chí Minh"]],
  ] as [LegacyEncoding, string[]][])(
    "needs the column's names only for %s forms that also read as Vietnamese: %j",
    (encoding, ambiguous) => {
      const missed = referenceNames().filter((name) => {
        const legacy = fromUnicode(name, encoding);
        return legacy !== name && detectEncoding(legacy) === undefined;
      });
      expect(missed).toEqual(ambiguous);
    }
  );

  it("does not take a known name for a legacy form of another", () => {
    const known = referenceNames();
    expect(known.filter((name) => detectEncoding(name, known) !== undefined)).toEqual([]);
    expect(detectEncoding("An Phó", ["An Phó", "An Phú"])).toBeUndefined();
  });

  it("prefers the reading that makes sense when both encodings could apply", () => {
    expect(detectEncoding(fromUnicode("Nghệ An", "vni"))).toBe("vni");
    expect(detectEncoding(fromUnicode("Lưu trữ", "vni"))).toBe("vni");
    expect(detectEncoding(fromUnicode("Huế", "tcvn3"))).toBe("tcvn3");
  });

  it("does not flag any reference name or seed line", () => {
    const flagged = samples.filter((text) => detectEncoding(text) !== undefined);
    expect(flagged).toEqual([]);
  });

  it.each([
    "Hello world",
    "The quick brown fox jumps over the lazy dog.",
    "Café crème brûlée, naïve résumé",
    "1234/QĐ-UBND",
    "83-829-28780-3-2022",
    "12.345,67",
    "69,5",
    "nguyen.van.a@angiang.gov.vn",
    "Ba Tri — «Trade Fair» 2023 ±5 °C",
    "",
    "   ",
  ])("does not flag %p", (text) => {
    expect(detectEncoding(text)).toBeUndefined();
    expect(fixEncoding(text)).toBeUndefined();
  });

  it("detects decomposed Unicode and fixes it to NFC", () => {
    for (const text of samples.filter((t) => t.normalize("NFD") !== t)) {
      const nfd = text.normalize("NFD");
      expect(detectEncoding(nfd)).toBe("nfd");
      expect(fixEncoding(nfd)).toEqual({ encoding: "nfd", fixed: text });
    }
  });

  it("reads a mixed-case TCVN3 cell with an abbreviation", () => {
    const legacy = fromUnicode("Quyết định số 1234/QĐ-UBND của Ủy ban", "tcvn3");
    expect(fixEncoding(legacy)).toEqual({
      encoding: "tcvn3",
      fixed: "Quyết định số 1234/QĐ-UBND của ủy ban",
    });
  });
});
