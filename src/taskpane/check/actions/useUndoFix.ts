import { usePaneSession } from "../../session/PaneSession";
import type { Notice } from "../notice";

/** Undoes the last batch of fixes; the undo button goes with it, so focus goes to the list. */
export function useUndoFix(say: (notice: Notice) => void, refocus: () => void) {
  const session = usePaneSession();
  return async () => {
    await session.undo();
    say([{ key: "fix.undone" }]);
    refocus();
  };
}
