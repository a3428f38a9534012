import { makeStyles, Text, Toolbar, ToolbarButton } from "@fluentui/react-components";
import { useMemo } from "react";
import type { CheckResult } from "../../core/check";
import { useI18n } from "../i18n";
import { withExcelVersions } from "../i18n/requirement";
import { usePaneSession } from "../session/PaneSession";
import { useDownloadFixed } from "./actions/useDownloadFixed";
import { useExportFindings } from "./actions/useExportFindings";
import { useHighlightCells } from "./actions/useHighlightCells";
import { useUndoFix } from "./actions/useUndoFix";
import { fixesOf, type FixPreview } from "./FixDialog";
import { footerJob } from "./JobFooter";
import type { Notice } from "./notice";

const useStyles = makeStyles({ toolbar: { flexWrap: "wrap" } });

/** What else can be done with all the findings: mark, clear, fix, undo, export, download. */
export function CheckActions({
  result,
  say,
  onFix,
  refocus,
}: {
  result: CheckResult;
  say(notice: Notice): void;
  onFix(fixes: FixPreview[]): void;
  refocus(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  const { port } = session;
  const marks = useHighlightCells(say);
  const undo = useUndoFix(say, refocus);
  const exporting = useExportFindings();
  const fixed = useDownloadFixed();
  const allFixes = useMemo(() => fixesOf(result.findings), [result]);
  const some = result.findings.length > 0;
  // Excel on Mac and iPad ignore download links (issue 12): no button that cannot work.
  const canDownload = port?.capabilities.canDownload !== false;
  // What the footer offers as the primary action is not repeated here.
  const job = footerJob(session.unsaved, fixed.available, allFixes.length);

  return (
    <>
      {port?.capabilities.missing.highlight && (
        <Text size={200}>
          {t("capability.highlight", {
            requirement: withExcelVersions(port.capabilities.missing.highlight, t),
          })}
        </Text>
      )}
      <Toolbar aria-label={t("actions.label")} className={styles.toolbar} size="small">
        {port?.capabilities.highlight && some && (
          <ToolbarButton
            disabled={marks.pending}
            onClick={() => void marks.highlight(result.findings)}
          >
            {t("actions.highlight")}
          </ToolbarButton>
        )}
        {port?.capabilities.highlight && (
          <ToolbarButton disabled={marks.pending} onClick={() => void marks.clear()}>
            {t("actions.clear")}
          </ToolbarButton>
        )}
        {allFixes.length > 0 && job !== "fix" && (
          <ToolbarButton onClick={() => onFix(allFixes)}>
            {t("actions.fixAll", { count: allFixes.length })}
          </ToolbarButton>
        )}
        {session.canUndo && (
          <ToolbarButton onClick={() => void undo()}>{t("actions.undo")}</ToolbarButton>
        )}
        {some && canDownload && (
          <>
            <ToolbarButton onClick={() => void exporting.run("xlsx")}>
              {t("actions.exportXlsx")}
            </ToolbarButton>
            <ToolbarButton onClick={() => void exporting.run("csv")}>
              {t("actions.exportCsv")}
            </ToolbarButton>
          </>
        )}
        {fixed.available && job !== "download" && (
          <ToolbarButton onClick={() => void fixed.run()}>
            {fixed.convertedFrom
              ? t("actions.downloadConverted", { format: fixed.convertedFrom })
              : t("actions.download")}
          </ToolbarButton>
        )}
      </Toolbar>
      {some && !canDownload && (
        <Text size={200} data-testid="no-download">
          {t("download.unavailable")}
        </Text>
      )}
    </>
  );
}
