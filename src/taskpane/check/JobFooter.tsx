import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CheckResult } from "../../core/check";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { useDownloadFixed } from "./actions/useDownloadFixed";
import { fixesOf, type FixPreview } from "./FixDialog";
import { useFooterPadding } from "./useFooterPadding";

const useStyles = makeStyles({
  // Stays in view at the pane's foot however long the list: the action that finishes the job.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Which job the footer's one primary button does now. */
export type FooterJob = "download" | "fix" | undefined;

/** Download once cells are changed and unsaved, else fix when fixes are known, else nothing. */
export function footerJob(unsaved: number, canDownload: boolean, fixes: number): FooterJob {
  if (unsaved > 0 && canDownload) return "download";
  if (fixes > 0) return "fix";
  return undefined;
}

/**
 * The one primary action that follows the job: "Sửa tự động (n)" while fixes are known, then
 * "Tải sổ đã sửa" with "n ô đã sửa, chưa lưu" beside it, and after a download the file's name.
 */
export function JobFooter({
  result,
  onFix,
}: {
  result: CheckResult;
  onFix(fixes: FixPreview[]): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  const fixed = useDownloadFixed();
  const allFixes = useMemo(() => fixesOf(result.findings), [result]);
  const [savedAs, setSavedAs] = useState<string>();
  const footerRef = useFooterPadding();
  const job = footerJob(session.unsaved, fixed.available, allFixes.length);
  if (!job && !savedAs) return null;

  return (
    <div ref={footerRef} className={styles.footer} data-testid="job-footer">
      {job === "download" && (
        <>
          <Text weight="semibold" role="status">
            {t("fix.unsaved", { count: session.unsaved })}
          </Text>
          <Button
            appearance="primary"
            disabled={fixed.pending}
            onClick={() =>
              void fixed.run().then((name) => {
                if (!name) return;
                session.markSaved();
                setSavedAs(name);
              })
            }
          >
            {fixed.convertedFrom
              ? t("actions.downloadConverted", { format: fixed.convertedFrom })
              : t("actions.download")}
          </Button>
        </>
      )}
      {job === "fix" && (
        <Button
          appearance="primary"
          onClick={() => {
            setSavedAs(undefined);
            onFix(allFixes);
          }}
        >
          {t("actions.fixAll", { count: allFixes.length })}
        </Button>
      )}
      {savedAs && job !== "download" && (
        <Text role="status">{t("download.done", { name: savedAs })}</Text>
      )}
    </div>
  );
}
