import { fixEncoding } from "../text/encodings";
import { tidy } from "../text/fold";
import type { SheetIssue } from "./sheetIssue";

export interface TextReading {
  /** NFC, spaces collapsed, legacy encodings converted: what the typed row holds. */
  clean: string;
  issue?: SheetIssue;
}

/**
 * Text as the engine keeps it, with at most one hygiene finding per cell; its suggestion is the
 * fully cleaned text, so accepting it fixes the encoding and the spaces at once.
 * `keepLineBreaks`: a note may hold line breaks on purpose (stray spaces are then not flagged).
 * `known`: the names a column holds (units, provinces): a few legacy spellings read as Vietnamese
 * too ("An Phó" is TCVN3 for An Phú), and only the list tells them apart.
 */
export function coerceText(
  text: string,
  keepLineBreaks = false,
  known?: readonly string[]
): TextReading {
  const fixed = fixEncoding(text, known);
  const encoding = fixed?.encoding;
  if (fixed && (encoding === "tcvn3" || encoding === "vni")) {
    const clean = tidy(fixed.fixed);
    return {
      clean,
      issue: {
        what: "legacyEncoding",
        params: { encoding: encoding === "tcvn3" ? "TCVN3" : "VNI", fixed: clean },
        suggestion: clean,
        fixable: true,
      },
    };
  }
  const clean = tidy(text);
  if (encoding === "nfd" || text !== text.normalize("NFC")) {
    return {
      clean,
      issue: { what: "decomposed", suggestion: clean, fixable: true },
    };
  }
  if (clean !== text) {
    const stray = keepLineBreaks ? text !== text.trim() || /[ \t]{2,}/.test(text) : true;
    if (stray)
      return {
        clean,
        issue: { what: "spaces", suggestion: clean, fixable: true },
      };
  }
  return { clean };
}
