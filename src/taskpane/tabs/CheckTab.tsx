import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useApplyFixes } from "../check/actions/useApplyFixes";
import { useDismissFinding } from "../check/actions/useDismissFinding";
import { useRestoreDismissed } from "../check/actions/useRestoreDismissed";
import { useWriteValue } from "../check/actions/useWriteValue";
import { CheckActions } from "../check/CheckActions";
import { CheckProgress } from "../check/CheckProgress";
import { CountChips } from "../check/CountChips";
import { FindingDetail } from "../check/FindingDetail";
import { FindingsList } from "../check/FindingsList";
import { FixDialog } from "../check/FixDialog";
import { JobFooter } from "../check/JobFooter";
import type { Notice } from "../check/notice";
import { OpenWorkbook } from "../check/OpenWorkbook";
import { useCheckFocus } from "../check/useCheckFocus";
import { useFindingSelection } from "../check/useFindingSelection";
import { useI18n } from "../i18n";
import { withExcelVersions } from "../i18n/requirement";
import { usePaneSession } from "../session/PaneSession";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // While a re-check runs the last results stay, dimmed, so live mode does not flicker.
  stale: { opacity: 0.6 },
});

/** Check the workbook: run, the counts, the findings one by one, and what to do about them. */
export function CheckTab() {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  const { result, port, busy } = session;
  // Kept as catalogue keys, not words: a language switch must re-word the notice on show.
  const [notice, say] = useState<Notice>();
  // A notice ("Đã sửa 3 ô.") speaks of the workbook it was about: another workbook clears it.
  useEffect(() => say(undefined), [port]);
  const selection = useFindingSelection(result, port);
  const focus = useCheckFocus();
  const fixes = useApplyFixes({ ...selection, ...focus, say });
  const dismiss = useDismissFinding({ ...selection, ...focus, say });
  const writeValue = useWriteValue({ ...selection, ...focus, say });
  const restore = useRestoreDismissed(say, focus.refocus);

  const run = async () => {
    say(undefined);
    await session.check();
  };

  return (
    <div className={styles.root}>
      {session.host === "standalone" && <OpenWorkbook />}
      {session.host === "excel" && !result && <Text>{t("check.excelIntro")}</Text>}
      {port && (
        <div className={styles.row}>
          <Button
            ref={focus.runButton}
            // Primary only in Excel before a check: after it the footer holds the job's action.
            appearance={session.host === "excel" && !result ? "primary" : "secondary"}
            disabled={busy}
            onClick={() => void run()}
          >
            {result ? t("check.rerun") : t("check.run")}
          </Button>
        </div>
      )}
      {port?.onSheetsChanged &&
        (port.capabilities.liveMode ? (
          <Switch
            checked={session.autoCheck}
            onChange={(_, d) => session.setAutoCheck(d.checked)}
            label={t("check.autoCheck")}
          />
        ) : (
          port.capabilities.missing.liveMode && (
            <Text size={200}>
              {t("capability.liveMode", {
                requirement: withExcelVersions(port.capabilities.missing.liveMode, t),
              })}
            </Text>
          )
        ))}
      {busy && <CheckProgress />}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice.map((n) => t(n.key, n.params)).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <div
          className={mergeClasses(styles.results, busy && styles.stale)}
          aria-busy={busy}
          data-testid="results"
        >
          <CountChips
            result={result}
            value={selection.filter}
            onChange={selection.chooseFilter}
            onRestore={restore}
          />
          {result.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("check.clean")}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              {selection.rows.length === 0 ? (
                <Text>{t("list.none")}</Text>
              ) : (
                <FindingsList
                  rows={selection.rows}
                  active={selection.active}
                  listRef={focus.listRef}
                  onActiveChange={(i) => {
                    const chosen = selection.chooseRow(i);
                    if (chosen && session.host === "standalone") void session.select(chosen);
                  }}
                  onOpen={(f) => void session.select(f)}
                  detail={
                    selection.current && (
                      <FindingDetail
                        finding={selection.current}
                        onFix={fixes.preview}
                        onDismiss={dismiss}
                        onWrite={writeValue}
                      />
                    )
                  }
                />
              )}
            </>
          )}
          <CheckActions result={result} say={say} onFix={fixes.preview} refocus={focus.refocus} />
          <JobFooter result={result} onFix={fixes.preview} />
        </div>
      )}
      <FixDialog
        fixes={fixes.pending}
        onApply={(chosen) => void fixes.apply(chosen)}
        onCancel={fixes.cancel}
      />
    </div>
  );
}
