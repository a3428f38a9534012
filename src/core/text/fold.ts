/**
 * Text as the core compares it (domain.md §5): NFC, case folded, diacritics removed (đ, Ð → d),
 * punctuation turned into spaces, spaces collapsed. "TP. Long Xuyên" → "tp long xuyen".
 */
export function fold(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      // Ð (U+00D0, Icelandic eth) stands in for Đ in text converted from legacy fonts.
      .replace(/[đĐðÐ]/g, "d")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** NFC with spaces collapsed and trimmed: the form a cleaned cell should hold. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
