import type { Finding } from "../../../core/findings/finding";
import { usePaneSession } from "../../session/PaneSession";
import type { Notice } from "../notice";

/** Dismisses the chosen finding and moves on to the next one. */
export function useDismissFinding(deps: {
  moveOn(): void;
  say(notice: Notice): void;
  refocus(): void;
}) {
  const session = usePaneSession();
  return async (finding: Finding) => {
    deps.moveOn();
    await session.dismiss(finding);
    deps.say([{ key: "finding.dismissed" }]);
    deps.refocus();
  };
}
