/**
 * A place name's comparison key that keeps its letters and tones but forgets where the tone
 * mark sits and how it is encoded: "Mỹ Hoà Hưng" (new style), "Mỹ Hòa Hưng" (old style), NFD
 * text and "MỸ HOÀ HƯNG" all give one key, while "Tân Thành" and "Tân Thạnh" (two communes of
 * Tây Ninh) stay apart, as do "Tân Phước 1" and "Tân Phước 2". `fold` (no diacritics at all) is
 * the looser key for text typed without marks.
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

export function nameKey(text: string): string {
  return (
    text
      .normalize("NFD")
      .toLowerCase()
      // Ð (U+00D0, Icelandic eth) stands in for Đ in text converted from legacy fonts.
      .replace(/[ðÐ]/g, "đ")
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
      .trim()
      .split(" ")
      .map(syllableKey)
      .join(" ")
  );
}

/** The syllable without its tone mark, then the tone: "hoà" and "hòa" → "hoa" + grave. */
function syllableKey(word: string): string {
  const tones = word.match(TONE_MARKS) ?? [];
  const bare = word.replace(TONE_MARKS, "").normalize("NFC");
  return tones.length === 0 ? bare : `${bare}${tones.join("")}`;
}
