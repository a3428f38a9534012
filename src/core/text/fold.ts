/**
 * Text as the core compares it (domain.md §5): NFC, case folded, diacritics removed (đ, Ð → d),
 * punctuation turned into spaces, spaces collapsed. "TP. Long Xuyên" → "tp long xuyen".
 */
export function fold(text: string): string {
  const table = (FOLDED ??= foldTable());
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const reading = code < TABLE_END ? table[code] : OTHER;
    if (reading === OTHER) return foldWhole(text);
    if (reading === DROPPED) continue;
    if (reading === SEPARATOR) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    out += reading;
  }
  return out;
}

/** fold's definition, on the whole text at once. */
function foldWhole(text: string): string {
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

/**
 * fold one character at a time, for the characters names are written in (issue 13: a check
 * folds every product, producer and code, and the whole-text steps cost microseconds each).
 * It is the same as foldWhole for text made only of them: each step of foldWhole works on one
 * character's decomposition at a time, except the reordering of combining marks (which only
 * reorders what is dropped or turned into a space) and the Greek final sigma (left out here).
 * Text with any other character is folded whole.
 */
const TABLE_END = 0x2000; // Latin, its diacritics, Greek, Cyrillic, Vietnamese (U+1Exx)
const OTHER = 0;
const DROPPED = 1;
const SEPARATOR = 2;
type Reading = string | typeof OTHER | typeof DROPPED | typeof SEPARATOR;
let FOLDED: Reading[] | undefined;

function foldTable(): Reading[] {
  const table: Reading[] = [];
  for (let code = 0; code < TABLE_END; code++) {
    const one = String.fromCharCode(code)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐðÐ]/g, "d")
      .toLowerCase();
    if (code === 0x03a3)
      table.push(OTHER); // Σ lower-cases by its place in a word
    else if (one === "") table.push(DROPPED);
    else if (/^[\p{L}\p{N}]+$/u.test(one)) table.push(one);
    else if (/^[^\p{L}\p{N}]+$/u.test(one)) table.push(SEPARATOR);
    else table.push(OTHER);
  }
  return table;
}

/** NFC with spaces collapsed and trimmed: the form a cleaned cell should hold. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
