import { useState } from "react";
import type { Finding } from "../../../core/findings/finding";
import type { HighlightResult } from "../../../workbook/port";
import { usePaneSession } from "../../session/PaneSession";
import { clearedNotice, highlightNotice, type Notice } from "../notice";

/**
 * Marks the cells with findings, and clears the marks. Both wait for the door; a second click
 * meanwhile would race the first, so both buttons wait while either runs.
 */
export function useHighlightCells(say: (notice: Notice) => void) {
  const session = usePaneSession();
  const [pending, setPending] = useState(false);

  const throughDoor = async (
    call: () => Promise<HighlightResult | undefined>,
    notice: (r: HighlightResult) => Notice
  ) => {
    setPending(true);
    try {
      const r = await call();
      if (r) say(notice(r));
    } finally {
      setPending(false);
    }
  };

  return {
    pending,
    highlight: (findings: readonly Finding[]) =>
      throughDoor(() => session.highlight(findings), highlightNotice),
    clear: () => throughDoor(() => session.clearHighlights(), clearedNotice),
  };
}
