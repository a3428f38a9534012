import type { Finding } from "../../../core/findings/finding";
import type { CellFix } from "../../../workbook/port";
import { usePaneSession } from "../../session/PaneSession";
import type { Notice } from "../notice";

/**
 * Writes a value the user typed ("Giá trị mới") and moves on to the next finding, as a known fix
 * does: the field that had focus goes with its finding, so focus goes back to the list, where
 * Tab reaches the next finding's field (issue 16: a walk through the findings without the mouse).
 */
export function useWriteValue(deps: {
  moveOn(): void;
  say(notice: Notice): void;
  refocus(): void;
}) {
  const session = usePaneSession();
  return async (finding: Finding, fix: CellFix): Promise<boolean> => {
    deps.moveOn();
    const written = await session.applyFixes([fix]);
    if (written)
      deps.say([
        {
          key: "edit.done",
          params: { cell: `${finding.column}${finding.row}`, sheet: finding.sheet },
        },
      ]);
    deps.refocus();
    return written;
  };
}
