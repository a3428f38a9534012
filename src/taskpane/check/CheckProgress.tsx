import { Field, ProgressBar } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";

/** Opening, reading (with a count of sheets when the door gives one) or checking. */
export function CheckProgress() {
  const { t } = useI18n();
  const { status, progress } = usePaneSession();
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
    <Field validationMessage={text} validationState="none">
      <ProgressBar
        aria-label={t("check.progress")}
        value={counted ? counted.done / counted.total : undefined}
      />
    </Field>
  );
}
