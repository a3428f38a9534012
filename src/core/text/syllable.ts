/**
 * Whether a word is a well-formed Vietnamese syllable: onset, vowel nucleus, final consonant,
 * at most one tone mark, and the spelling rules that tie them together. The legacy-encoding
 * detector leans on it: ordinary text reads as syllables, mis-decoded TCVN3/VNI text does not
 * (`Vieät`, `B¸o`, `Laùng`).
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const SAC_OR_NANG = /^[\u0301\u0323]$/;

// Standard onsets, plus k-r / f / j / w / z for minority place names and loanwords.
const ONSET = "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|[bcdđfghjklmnprstvwxz])?";
// Nuclei ending in a glide take no final consonant (hai, kêu, người).
const OPEN =
  "iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu|uơi|" +
  "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ";
// Nuclei that need a final consonant (ăn, ân, tiên, muốn, nước, xoong, khuyên).
const CLOSED = "uyê|iê|yê|uô|ươ|oă|uâ|oo|ă|â";
// Nuclei whose tone sits on the first vowel (hài, kêu, mùa, người → ươi on ơ is the middle).
const TONE_FIRST = /^(ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)$/;
// Nuclei that may or may not have one.
const EITHER = "oa|oe|uê|uy|[aeêioôơuưy]";
// k closes Central Highlands names (Đắk Lắk, Krông Búk).
const CODA = "(ch|nh|ng|[cmnptk])";
const SYLLABLE = new RegExp(`^${ONSET}(?:(${OPEN})|(${CLOSED}|${EITHER})${CODA}|(${EITHER}))$`);

// Sheets repeat the same words thousands of times: remember recent answers (bounded).
const seen = new Map<string, boolean>();
const SEEN_LIMIT = 20_000;

export function isVietnameseSyllable(word: string): boolean {
  let known = seen.get(word);
  if (known === undefined) {
    if (seen.size >= SEEN_LIMIT) seen.clear();
    known = readsAsSyllable(word);
    seen.set(word, known);
  }
  return known;
}

function readsAsSyllable(word: string): boolean {
  const decomposed = word.normalize("NFD").toLowerCase();
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONES, "").normalize("NFC");
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const [, onset = "", open, closed, coda, either] = m;
  const nucleus = open ?? closed ?? either ?? "";
  if (!codaAllows(nucleus, coda) || !spellingAllows(onset, nucleus)) return false;
  if (tones.length === 0) return true;
  // A syllable closed by c, ch, p, t (or k) carries sắc or nặng only.
  if (coda && /^(c|ch|p|t|k)$/.test(coda) && !SAC_OR_NANG.test(tones[0] ?? "")) return false;
  return toneSitsRight(word, onset, nucleus, coda);
}

/** nh/ch close only a, ê, i, y (anh, ếch, tinh, huỵch); ng/c never close a lone i, ê or y. */
function codaAllows(nucleus: string, coda: string | undefined): boolean {
  if (coda === "nh" || coda === "ch") return /[aêiy]$/.test(nucleus);
  if ((coda === "ng" || coda === "c") && /^[iêy]$/.test(nucleus)) return false;
  if (nucleus === "oo") return coda === "ng" || coda === "c";
  return true;
}

/**
 * The tone mark's vowel: the first of a falling diphthong (hài, mùa), the middle of a
 * triphthong (người, khuỷu), the second of a closed pair (tiến, muốn); oa/oe/uy take it on
 * either vowel when open (hoà and hòa are both in use).
 */
function toneSitsRight(word: string, onset: string, nucleus: string, coda?: string): boolean {
  const letters = [...word.normalize("NFC").toLowerCase()];
  const vowels = letters.slice(onset.length, onset.length + nucleus.length);
  const at = vowels.findIndex((ch) => TONE.test(ch.normalize("NFD")));
  if (vowels.length === 1) return at === 0;
  if (vowels.length === 3) return nucleus === "uyê" ? at === 2 : at === 1;
  if (TONE_FIRST.test(nucleus)) return at === 0;
  if (/^(oa|oe|uy)$/.test(nucleus) && !coda) return at === 0 || at === 1;
  return at === 1;
}

/** c and g/gh, ng/ngh are chosen by the vowel that follows (k also opens names: Bắc Kạn). */
function spellingAllows(onset: string, nucleus: string): boolean {
  const front = /^[ieêy]/.test(nucleus);
  if (onset === "c" && front) return false;
  if ((onset === "gh" || onset === "ngh") && !/^[ieê]/.test(nucleus)) return false;
  if (onset === "ng" && /^[ieê]/.test(nucleus)) return false;
  if (onset === "qu" && /^[uư]/.test(nucleus)) return false;
  return true;
}

const VOWEL = /[aăâeêioôơuưy]/;

/** An all-capitals word without a vowel, such as `VPĐPNTM` or `QĐ`: an abbreviation. */
export function isAbbreviation(word: string): boolean {
  const bare = word.normalize("NFD").replace(TONES, "").normalize("NFC");
  return bare === bare.toUpperCase() && !VOWEL.test(bare.toLowerCase());
}

/** Lower case, Title case or CAPITALS: the only shapes a Vietnamese word takes. */
export function hasRegularCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}
