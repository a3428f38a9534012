/**
 * Whether a word is a well-formed Vietnamese syllable: onset consonant, vowel nucleus, final
 * consonant, at most one tone mark. The legacy-encoding detector leans on it: ordinary text
 * reads as syllables, mis-decoded TCVN3/VNI text does not (`Vieät`, `B¸o`).
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Standard onsets, plus k-r / f / j / w / z for minority place names and loanwords.
const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|[bcdđfghjklmnprstvwxz])?";
// Vowel nuclei with their glides, longest first so the alternation tries them first.
const NUCLEUS =
  "(?:iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|uơi|" +
  "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|" +
  "[aăâeêioôơuưy])";
// k closes Central Highlands names (Đắk Lắk, Krông Búk).
const CODA = "(?:ch|nh|ng|[cmnptk])?";
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize("NFD").toLowerCase();
  const tones = decomposed.match(TONES);
  if (tones && tones.length > 1) return false;
  const bare = decomposed.replace(TONES, "").normalize("NFC");
  return SYLLABLE.test(bare);
}

const VOWEL = /[aăâeêioôơuưy]/;

/** An all-capitals word without a vowel, such as `VPĐPNTM` or `QĐ`: an abbreviation. */
export function isAbbreviation(word: string): boolean {
  const bare = word.normalize("NFD").replace(TONES, "").normalize("NFC");
  return bare === bare.toUpperCase() && !VOWEL.test(bare.toLowerCase());
}
