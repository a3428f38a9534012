import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings/finding";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { newValueFix } from "./newValue";
import type { Notice } from "./notice";

const useStyles = makeStyles({
  form: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
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
      className={styles.form}
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
        <Input
          value={text}
          onChange={(_, d) => setText(d.value)}
          disabled={session.busy}
        />
      </Field>
      <Button type="submit" size="medium" disabled={session.busy}>
        {t("edit.write")}
      </Button>
    </form>
  );
}
