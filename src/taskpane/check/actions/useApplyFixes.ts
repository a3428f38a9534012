import { useState } from "react";
import type { Finding } from "../../../core/findings/finding";
import { usePaneSession } from "../../session/PaneSession";
import type { FixPreview } from "../FixDialog";
import type { Notice } from "../notice";

/**
 * Fixes are shown first (old and new values) and written only on "apply". Fixing the chosen
 * finding alone moves on to the next one; after "fix all" the re-check keeps the choice only if
 * that finding is still there.
 */
export function useApplyFixes(deps: {
  current: Finding | undefined;
  moveOn(): void;
  say(notice: Notice): void;
  noteOpener(): void;
  focusBack(): void;
  refocus(): void;
}) {
  const session = usePaneSession();
  const [pending, setPending] = useState<FixPreview[]>();

  const preview = (fixes: FixPreview[]) => {
    deps.noteOpener();
    setPending(fixes);
  };

  const cancel = () => {
    setPending(undefined);
    deps.focusBack();
  };

  /** Writes `chosen` (the cells left ticked in the preview), else every previewed fix. */
  const apply = async (chosen?: FixPreview[]) => {
    const fixes = chosen ?? pending ?? [];
    setPending(undefined);
    const only = fixes.length === 1 ? fixes[0] : undefined;
    const current = deps.current;
    if (
      current &&
      only &&
      only.sheet === current.sheet &&
      only.row === current.row &&
      only.column === current.column
    )
      deps.moveOn();
    if (await session.applyFixes(fixes))
      deps.say([{ key: "fix.done", params: { count: fixes.length } }]);
    deps.refocus();
  };

  return { pending, preview, cancel, apply };
}
