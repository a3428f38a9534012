import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { CellFix } from "../../workbook/port";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { newValueFix } from "./newValue";

const useStyles = makeStyles({
  // The button sits beside the box, the hint under both: beside the hint (aligned to the
  // form's foot) it covered the hint's last words at 320 px.
  // Field is a grid sized by its content, and an input's natural width is some 20 characters:
  // both must be allowed to narrow, or the button goes past a 320 px pane's edge.
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  control: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1, flexBasis: 0, width: 0, minWidth: 0 },
});

/**
 * Standalone: the user's own value for the cell, written into the fixed workbook in the page
 * (the file door's `applyFixes`), then re-checked. It starts from the suggestion when there is
 * one, else from the value as it is, all of it selected on focus: typing replaces it, an arrow
 * key edits it. Enter writes it.
 */
export function NewValueField({
  finding,
  onWrite,
}: {
  finding: Finding;
  /** Writes the fix and re-checks; answers whether it was written. */
  onWrite(finding: Finding, fix: CellFix): Promise<boolean>;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  const start = String(finding.suggestion ?? finding.value ?? "");
  const [text, setText] = useState(start);
  const [hint, setHint] = useState<string>();
  // A click's mouseup would put the caret where it landed and undo the select-all of the focus.
  const clickFocused = useRef(false);

  const write = async () => {
    const fix = newValueFix(finding, text);
    if (!fix) {
      setHint(t("edit.unchanged"));
      return;
    }
    setHint(undefined);
    await onWrite(finding, fix);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void write();
      }}
      data-testid="new-value"
    >
      <Field
        className={styles.field}
        label={t("edit.label")}
        hint={t("edit.hint")}
        validationMessage={hint}
        validationState={hint ? "warning" : "none"}
      >
        {(control) => (
          <div className={styles.control}>
            <Input
              {...control}
              className={styles.input}
              value={text}
              onChange={(_, d) => setText(d.value)}
              onMouseDown={(e) => {
                clickFocused.current = document.activeElement !== e.currentTarget;
              }}
              onFocus={(e) => e.currentTarget.select()}
              onMouseUp={(e) => {
                if (clickFocused.current) e.preventDefault();
                clickFocused.current = false;
              }}
              disabled={session.busy}
            />
            <Button type="submit" size="medium" disabled={session.busy}>
              {t("edit.write")}
            </Button>
          </div>
        )}
      </Field>
    </form>
  );
}
