import { Button, makeStyles, Text, tokens, ToggleButton } from "@fluentui/react-components";
import type { CheckResult } from "../../core/check";
import type { Severity } from "../../core/findings/finding";
import { useI18n, type MessageKey } from "../i18n";
import { countText } from "../i18n/counts";
import { usePaneSession } from "../session/PaneSession";
import type { Filter } from "./useFindingSelection";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  chip: { minWidth: 0, whiteSpace: "nowrap" },
  dismissed: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * The counts as chips that also filter, on one line at 320 px: the way the Accessibility Checker
 * shows its counts. A pressed chip is the filter; the per-sheet counts are the list's headings.
 */
export function CountChips({
  result,
  value,
  onChange,
  onRestore,
}: {
  result: CheckResult;
  value: Filter;
  onChange(next: Filter): void;
  onRestore(): Promise<void>;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const dismissed = session.settings.dismissed.length;
  const chips: { filter: Filter; label: string; count: number }[] = [
    { filter: "all", label: t("chip.all"), count: result.findings.length },
    ...SEVERITIES.map((s) => ({
      filter: s,
      label: t(`severity.${s}` as MessageKey),
      count: result.summary[s],
    })),
  ];

  return (
    <div className={styles.root}>
      <div role="group" aria-label={t("filter.label")} className={styles.chips} data-testid="summary">
        {chips.map((c) => (
          <ToggleButton
            key={c.filter}
            size="small"
            shape="circular"
            className={styles.chip}
            checked={value === c.filter}
            appearance={value === c.filter ? "primary" : "secondary"}
            // One name, "Lỗi (5)": the count's own element is for reading it back.
            aria-label={`${c.label} (${countText(lang, c.count)})`}
            onClick={() => onChange(c.filter)}
          >
            {c.label}&nbsp;(<span data-testid={`total-${c.filter}`}>{countText(lang, c.count)}</span>)
          </ToggleButton>
        ))}
      </div>
      {(result.dismissedCount > 0 || dismissed > 0) && (
        <div className={styles.dismissed}>
          {result.dismissedCount > 0 && (
            <Text size={200}>
              {result.dismissedCount === 1
                ? t("check.dismissedCountOne")
                : t("check.dismissedCount", { count: result.dismissedCount })}
            </Text>
          )}
          {dismissed > 0 && (
            <Button
              size="small"
              appearance="subtle"
              disabled={session.busy}
              onClick={() => void onRestore()}
            >
              {dismissed === 1
                ? t("check.restoreDismissedOne")
                : t("check.restoreDismissed", { count: dismissed })}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
