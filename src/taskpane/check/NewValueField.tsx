import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings/finding";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { newValueFix } from "./newValue";
import type { Notice } from "./notice";

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
 * one, else from the value as it is.
 */
export function NewValueField({ finding, say }: { finding: Finding; say(notice: Notice): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  const start = String(finding.suggestion ?? finding.value ?? "");
  const [text, setText] = useState(start);
  const [hint, setHint] = useState<string>();

  const write = async () => {
    const fix = newValueFix(finding, text);
    if (!fix) {
      setHint(t("edit.unchanged"));
      return;
    }
    setHint(undefined);
    if (await session.applyFixes([fix]))
      say([
        {
          key: "edit.done",
          params: { cell: `${finding.column}${finding.row}`, sheet: finding.sheet },
        },
      ]);
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
