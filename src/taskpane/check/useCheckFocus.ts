import { useEffect, useRef, useState } from "react";

/**
 * Where focus goes after an action removes the control that had it: to the findings list (or,
 * with no findings left, the check button) rather than falling to the page. The fix preview has
 * no Fluent trigger to hand focus back to, so it goes back by hand to the button that opened it.
 */
export function useCheckFocus() {
  const listRef = useRef<HTMLDivElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [focusAsked, askFocus] = useState(0);
  const [backAsked, askBack] = useState(0);

  useEffect(() => {
    if (focusAsked === 0) return;
    (listRef.current ?? runButton.current)?.focus();
  }, [focusAsked]);

  useEffect(() => {
    if (backAsked === 0) return;
    const back = opener.current?.isConnected ? opener.current : undefined;
    (back ?? listRef.current ?? runButton.current)?.focus();
  }, [backAsked]);

  return {
    listRef,
    runButton,
    /** Focus to the list (or the check button). */
    refocus: () => askFocus((n) => n + 1),
    /** Notes the control that opens a dialog, to come back to. */
    noteOpener: () => {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    /** Focus back to the dialog's opener, or the list if it is gone. */
    focusBack: () => askBack((n) => n + 1),
  };
}
