import { usePaneSession } from "../../session/PaneSession";
import type { Notice } from "../notice";

/** Brings back every dismissed finding (the re-check that follows redraws the list). */
export function useRestoreDismissed(
  say: (notice: Notice | undefined) => void,
  refocus: () => void
) {
  const session = usePaneSession();
  return async () => {
    say(undefined);
    await session.restoreDismissed();
    refocus();
  };
}
