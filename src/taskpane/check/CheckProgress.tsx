import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: 0 },
});

/** Opening, reading (with a count of sheets when the door gives one) or checking. */
export function CheckProgress() {
  const { t } = useI18n();
  const styles = useStyles();
  const { status, progress, cancelCheck } = usePaneSession();
  const counted = status === "reading" && progress && progress.total > 0 ? progress : undefined;
  const text =
    status === "opening"
      ? t("open.opening")
      : status === "checking"
        ? t("check.checking")
        : counted
          ? t("check.readingCount", { done: counted.done, total: counted.total })
          : t("check.reading");
  return (
    <div className={styles.row}>
      <Field className={styles.bar} validationMessage={text} validationState="none">
        <ProgressBar
          aria-label={t("check.progress")}
          value={counted ? counted.done / counted.total : undefined}
        />
      </Field>
      {/* A long read in Excel can be stopped; nothing has been changed by then. */}
      {status === "reading" && (
        <Button size="small" onClick={cancelCheck}>
          {t("read.cancel")}
        </Button>
      )}
    </div>
  );
}
