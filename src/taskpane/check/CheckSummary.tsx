import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { CheckResult } from "../../core/check";
import type { Severity } from "../../core/findings/finding";
import { useI18n, type MessageKey } from "../i18n";
import { countText } from "../i18n/counts";
import { usePaneSession } from "../session/PaneSession";
import { sheetSummary } from "./findingRows";

const useStyles = makeStyles({
  number: { textAlign: "end" },
  numberHead: { "& > button, & > div": { justifyContent: "flex-end" }, textAlign: "end" },
});

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Counts per sheet and severity, the dismissed count, and the way to bring dismissals back. */
export function CheckSummary({
  result,
  onRestore,
}: {
  result: CheckResult;
  onRestore(): Promise<void>;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const summary = useMemo(() => {
    const found = Object.values(result.typed.locations).map((l) => l!.sheet);
    return sheetSummary(result.findings, found);
  }, [result]);
  const dismissed = session.settings.dismissed.length;

  return (
    <section aria-label={t("summary.title")}>
      <Text as="h2" size={400} weight="semibold">
        {t("summary.title")}
      </Text>
      <Table size="small" aria-label={t("summary.title")} data-testid="summary">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("summary.sheet")}</TableHeaderCell>
            {SEVERITIES.map((s) => (
              <TableHeaderCell key={s} className={styles.numberHead}>
                {t(`severity.${s}` as MessageKey)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.map((row) => (
            <TableRow key={row.sheet}>
              <TableCell>{row.sheet}</TableCell>
              {SEVERITIES.map((s) => (
                <TableCell key={s} className={styles.number}>
                  {countText(lang, row[s])}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <strong>{t("summary.total")}</strong>
            </TableCell>
            {SEVERITIES.map((s) => (
              <TableCell key={s} className={styles.number} data-testid={`total-${s}`}>
                <strong>{countText(lang, result.summary[s])}</strong>
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      {result.dismissedCount > 0 && (
        <Text size={200} block>
          {result.dismissedCount === 1
            ? t("check.dismissedCountOne")
            : t("check.dismissedCount", { count: result.dismissedCount })}
        </Text>
      )}
      {dismissed > 0 && (
        <Button size="small" disabled={session.busy} onClick={() => void onRestore()}>
          {dismissed === 1
            ? t("check.restoreDismissedOne")
            : t("check.restoreDismissed", { count: dismissed })}
        </Button>
      )}
    </section>
  );
}
