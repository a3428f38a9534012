import { hasRegularCase, isAbbreviation, isVietnameseSyllable } from "./syllable";

/**
 * Legacy Vietnamese encodings as they appear in a modern Excel (domain.md §5). Old .xls files
 * typed with the .VnTime (TCVN3 / ABC, TCVN 5712:1993 VN3) or VNI-Times fonts store bytes that
 * Excel now shows as Windows-1252 characters: TCVN3 `B¸o c¸o`, VNI `Vieät Nam`.
 *
 * TCVN3 capitals: TCVN3 has codes for Ă Â Ê Ô Ơ Ư Đ but none for capitals carrying a tone mark
 * (Á, Ầ, Ộ...); they were typed with the lower-case codes in the upper-case .VnTimeH font.
 * So `fromUnicode(_, "tcvn3")` writes a toned capital with its lower-case code, and `toUnicode`
 * decides the case of every lower-case-only code (toned letters and ă â ê ô ơ ư đ) from its
 * word: upper case when the word's other letters are all capitals (at least two of them: `B¸O`
 * → `BÁO`); when the word has fewer than two such letters, from the text's words that have a
 * vowel the same way (`§å UèNG` → `ĐỒ UỐNG`, `§å uèng` → `Đồ uống`, `Së NN&PTNT` → `Sở
 * NN&PTNT`); lower case otherwise. Round trip is therefore exact except for a toned capital
 * in a mixed-case word (`Ủy ban` → `ủy ban`); the tests pin this rule.
 */
export type LegacyEncoding = "tcvn3" | "vni";

// Tone order used in the tables below: none, sắc, huyền, hỏi, ngã, nặng.
const TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

/** Vietnamese letters that carry marks, lower case, as [base letter, modifier mark]. */
const VOWELS: readonly (readonly [string, string])[] = [
  ["a", ""],
  ["a", "\u0306"], // ă
  ["a", "\u0302"], // â
  ["e", ""],
  ["e", "\u0302"], // ê
  ["i", ""],
  ["o", ""],
  ["o", "\u0302"], // ô
  ["o", "\u031b"], // ơ
  ["u", ""],
  ["u", "\u031b"], // ư
  ["y", ""],
];

function letter(base: string, modifier: string, tone: number): string {
  return (base + modifier + TONE_MARKS[tone]).normalize("NFC");
}

// TCVN 5712:1993 (VN3/ABC) codes, lower case, per vowel in the order of VOWELS, tones in the
// order of TONE_MARKS; "" = no code (the bare ASCII letter).
const TCVN3_VOWELS: readonly string[] = [
  "\u00b8\u00b5\u00b6\u00b7\u00b9", // a: á à ả ã ạ
  "\u00a8\u00be\u00bb\u00bc\u00bd\u00c6", // ă ắ ằ ẳ ẵ ặ
  "\u00a9\u00ca\u00c7\u00c8\u00c9\u00cb", // â ấ ầ ẩ ẫ ậ
  "\u00d0\u00cc\u00ce\u00cf\u00d1", // e: é è ẻ ẽ ẹ
  "\u00aa\u00d5\u00d2\u00d3\u00d4\u00d6", // ê ế ề ể ễ ệ
  "\u00dd\u00d7\u00d8\u00dc\u00de", // i: í ì ỉ ĩ ị
  "\u00e3\u00df\u00e1\u00e2\u00e4", // o: ó ò ỏ õ ọ
  "\u00ab\u00e8\u00e5\u00e6\u00e7\u00e9", // ô ố ồ ổ ỗ ộ
  "\u00ac\u00ed\u00ea\u00eb\u00ec\u00ee", // ơ ớ ờ ở ỡ ợ
  "\u00f3\u00ef\u00f1\u00f2\u00f4", // u: ú ù ủ ũ ụ
  "\u00ad\u00f8\u00f5\u00f6\u00f7\u00f9", // ư ứ ừ ử ữ ự
  "\u00fd\u00fa\u00fb\u00fc\u00fe", // y: ý ỳ ỷ ỹ ỵ
];
// The only capitals TCVN3 can write: Ă Â Ê Ô Ơ Ư Đ.
const TCVN3_CAPITALS: Readonly<Record<string, string>> = {
  Ă: "\u00a1",
  Â: "\u00a2",
  Ê: "\u00a3",
  Ô: "\u00a4",
  Ơ: "\u00a5",
  Ư: "\u00a6",
  Đ: "\u00a7",
};

// VNI-Windows: a base letter followed by a mark byte. Plain tones (sắc huyền hỏi ngã nặng):
const VNI_TONES = ["", "\u00f9", "\u00f8", "\u00fb", "\u00f5", "\u00ef"];
// Circumflex fused with the tone: â á à å ã ä; breve fused with the tone: ê é è ú ü ë.
const VNI_CIRCUMFLEX = ["\u00e2", "\u00e1", "\u00e0", "\u00e5", "\u00e3", "\u00e4"];
const VNI_BREVE = ["\u00ea", "\u00e9", "\u00e8", "\u00fa", "\u00fc", "\u00eb"];
// i is one byte per tone (i í ì æ ó ò); ỵ is î; ơ is ô, ư is ö, đ is ñ (then plain tones).
const VNI_I = ["i", "\u00ed", "\u00ec", "\u00e6", "\u00f3", "\u00f2"];

function vniLower(base: string, modifier: string, tone: number): string {
  if (base === "i") return VNI_I[tone];
  if (base === "y" && tone === 5) return "\u00ee";
  if (modifier === "\u0302") return base + VNI_CIRCUMFLEX[tone];
  if (modifier === "\u0306") return base + VNI_BREVE[tone];
  if (modifier === "\u031b") return (base === "o" ? "\u00f4" : "\u00f6") + VNI_TONES[tone];
  return base + VNI_TONES[tone];
}

interface Tables {
  /** Unicode letter → legacy form. */
  encode: Map<string, string>;
  /** Legacy form (1 or 2 characters) → Unicode letter. */
  decode: Map<string, string>;
}

function buildTcvn3(): Tables & { lowerOnly: Set<string> } {
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  const lowerOnly = new Set<string>();
  VOWELS.forEach(([base, modifier], v) => {
    const codes = TCVN3_VOWELS[v];
    const offset = modifier === "" ? 1 : 0; // bare a/e/i/o/u/y need no code
    for (let tone = offset; tone < 6; tone++) {
      const code = codes[tone - offset];
      const lower = letter(base, modifier, tone);
      encode.set(lower, code);
      decode.set(code, lower);
      lowerOnly.add(code);
      const upper = lower.toUpperCase();
      if (!(upper in TCVN3_CAPITALS)) encode.set(upper, code);
    }
  });
  encode.set("đ", "\u00ae");
  decode.set("\u00ae", "đ");
  lowerOnly.add("\u00ae");
  for (const [upper, code] of Object.entries(TCVN3_CAPITALS)) {
    encode.set(upper, code);
    decode.set(code, upper);
  }
  return { encode, decode, lowerOnly };
}

function buildVni(): Tables {
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  const add = (unicode: string, legacy: string): void => {
    encode.set(unicode, legacy);
    decode.set(legacy, unicode);
  };
  for (const [base, modifier] of VOWELS) {
    for (let tone = 0; tone < 6; tone++) {
      if (modifier === "" && tone === 0) continue;
      const lower = letter(base, modifier, tone);
      const legacy = vniLower(base, modifier, tone);
      add(lower, legacy);
      add(lower.toUpperCase(), legacy.toUpperCase());
    }
  }
  add("đ", "\u00f1");
  add("Đ", "\u00d1");
  return { encode, decode };
}

const TCVN3 = buildTcvn3();
const VNI = buildVni();

/** Unicode (any normalisation) → legacy text; characters without a legacy form are kept. */
export function fromUnicode(text: string, to: LegacyEncoding): string {
  const table = to === "tcvn3" ? TCVN3.encode : VNI.encode;
  let out = "";
  for (const ch of text.normalize("NFC")) out += table.get(ch) ?? ch;
  return out;
}

/** Legacy text → Unicode NFC (TCVN3 capitals: see the rule at the top of this file). */
export function toUnicode(text: string, from: LegacyEncoding): string {
  return (from === "tcvn3" ? tcvn3ToUnicode(text) : vniToUnicode(text)).normalize("NFC");
}

function vniToUnicode(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = VNI.decode.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i++;
      continue;
    }
    out += VNI.decode.get(text[i]) ?? text[i];
  }
  return out;
}

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Counts of capitals and small letters among the characters whose case is known. */
function caseOf(chars: readonly string[]): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (const ch of chars) {
    if (TCVN3.lowerOnly.has(ch)) continue;
    const decoded = TCVN3.decode.get(ch) ?? ch;
    if (isUpperLetter(decoded)) upper++;
    else if (isLowerLetter(decoded)) lower++;
  }
  return { upper, lower };
}

function tcvn3ToUnicode(text: string): string {
  // Abbreviations (NN&PTNT) say nothing of the text's case: only words with a vowel count.
  const worded = text.split(/\s+/).filter((word) => /[aeiouyAEIOUY\u00a1-\u00a6]/.test(word));
  const whole = caseOf([...worded.join("")]);
  const textIsCapitals = whole.upper >= 2 && whole.lower === 0;
  return text.replace(/[^\s]+/g, (word) => {
    const chars = [...word];
    const own = caseOf(chars);
    const capitals = own.upper + own.lower >= 2 ? own.lower === 0 : textIsCapitals;
    return chars
      .map((ch) => {
        const decoded = TCVN3.decode.get(ch) ?? ch;
        return capitals && TCVN3.lowerOnly.has(ch) ? decoded.toUpperCase() : decoded;
      })
      .join("");
  });
}

// Windows-1252 as Excel shows it: ASCII, Latin-1 and the 0x80–0x9F punctuation.
const CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
function isCp1252(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) <= 0xff) continue;
    if (!CP1252_EXTRA.includes(ch)) return false;
  }
  return true;
}

// Words are runs of letters and Latin-1 characters: every Latin-1 character may be a letter in
// a legacy encoding (`¸` is á in TCVN3, the soft hyphen is ư).
const WORD_BREAK = /[^\p{L}\u00a1-\u00ff]+/u;

/** How many words containing non-ASCII characters are, and are not, Vietnamese syllables. */
function judge(text: string): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  for (const word of text.split(WORD_BREAK)) {
    if (word === "" || /^[A-Za-z]+$/.test(word)) continue;
    if (!/^\p{L}+$/u.test(word) || !hasRegularCase(word)) bad++;
    else if (isVietnameseSyllable(word)) good++;
    else if (!isAbbreviation(word)) bad++;
  }
  return { good, bad };
}

/** Tone marks in the text: the tie-breaker between two readings that both make sense. */
function toneCount(text: string): number {
  return (text.normalize("NFD").match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length;
}

/** How many base-letter + mark pairs a VNI reading consumed. */
function vniPairs(text: string): number {
  let pairs = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (VNI.decode.has(text.slice(i, i + 2))) {
      pairs++;
      i++;
    }
  }
  return pairs;
}

interface Reading {
  encoding: LegacyEncoding;
  decoded: string;
  good: number;
}

/** VNI when it used base + mark pairs (TCVN3 text rarely forms them), else fewer tone marks. */
function better(a: Reading, b: Reading, text: string): Reading {
  if (a.good !== b.good) return a.good > b.good ? a : b;
  const vni = a.encoding === "vni" ? a : b;
  const tcvn3 = vni === a ? b : a;
  if (vniPairs(text) > 0) return vni;
  return toneCount(vni.decoded) < toneCount(tcvn3.decoded) ? vni : tcvn3;
}

/**
 * Which encoding the text is in, when it is not plain Unicode NFC. Legacy text is only ever
 * Windows-1252 characters, some of its words fail to read as Vietnamese syllables while every
 * word of its decoded form reads as one; ordinary Vietnamese or English text never passes both
 * tests, so it is not flagged.
 *
 * A short text can read as Vietnamese both ways (TCVN3 `An Phó` is An Phú, VNI `Sôn La` is Sơn
 * La). Given `known`, the names a column may hold, a text that is not one of them but whose
 * legacy reading is, counts as legacy too.
 */
export function detectEncoding(
  text: string,
  known?: readonly string[]
): LegacyEncoding | "nfd" | undefined {
  if (!/[^\p{ASCII}]/u.test(text)) return undefined;
  if (/[\u0300-\u036f]/.test(text) && text.normalize("NFC") !== text) return "nfd";
  if (!isCp1252(text)) return undefined;
  if (judge(text).bad === 0) return known ? knownReading(text, known) : undefined;
  let best: Reading | undefined;
  for (const encoding of ["tcvn3", "vni"] as const) {
    const decoded = toUnicode(text, encoding);
    if (decoded === text) continue;
    const verdict = judge(decoded);
    if (verdict.bad > 0 || verdict.good === 0) continue;
    const reading = { encoding, decoded, good: verdict.good };
    best = best ? better(best, reading, text) : reading;
  }
  return best?.encoding;
}

/** The known names as compared, per list: a sheet asks once per distinct cell and date. */
const comparedNames = new WeakMap<readonly string[], Set<string>>();

function knownReading(text: string, known: readonly string[]): LegacyEncoding | undefined {
  let names = comparedNames.get(known);
  if (!names) {
    names = new Set(known.map((name) => name.normalize("NFC").trim().toLowerCase()));
    comparedNames.set(known, names);
  }
  if (names.has(text.trim().toLowerCase())) return undefined;
  return (["tcvn3", "vni"] as const).find((encoding) =>
    names.has(toUnicode(text, encoding).trim().toLowerCase())
  );
}

/**
 * The detected encoding and the text in Unicode NFC, or undefined when the text is fine.
 * `known`: as for detectEncoding.
 */
export function fixEncoding(
  text: string,
  known?: readonly string[]
): { encoding: LegacyEncoding | "nfd"; fixed: string } | undefined {
  const encoding = detectEncoding(text, known);
  if (encoding === undefined) return undefined;
  const fixed = encoding === "nfd" ? text.normalize("NFC") : toUnicode(text, encoding);
  return { encoding, fixed };
}
