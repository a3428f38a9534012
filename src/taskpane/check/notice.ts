import type { MessageKey } from "../i18n";
import type { HighlightResult } from "../../workbook/port";

/**
 * A status notice: sentences as catalogue keys, worded when shown, so a language switch re-words
 * the notice on show.
 */
export type Notice = { key: MessageKey; params?: Record<string, string | number> }[];

/** What a highlight did: the cap and protected sheets are different reasons. */
export function highlightNotice(r: HighlightResult): Notice {
  const parts: Notice = [
    r.skipped > 0
      ? { key: "highlight.skipped", params: { marked: r.marked, skipped: r.skipped } }
      : { key: "highlight.done", params: { marked: r.marked } },
  ];
  if (r.protectedSheets?.length)
    parts.push({ key: "highlight.protected", params: { sheets: r.protectedSheets.join(", ") } });
  if (r.failedSheets?.length)
    parts.push({ key: "highlight.failed", params: { sheets: r.failedSheets.join(", ") } });
  return parts;
}

/** What clearing the marks did: protected sheets keep theirs. */
export function clearedNotice(r: HighlightResult): Notice {
  return r.protectedSheets?.length
    ? [{ key: "highlight.clearedExcept", params: { sheets: r.protectedSheets.join(", ") } }]
    : [{ key: "highlight.cleared" }];
}
