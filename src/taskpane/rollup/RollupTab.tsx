import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { countText } from "../i18n/counts";
import { usePaneSession } from "../session/PaneSession";
import { useDiscardQuestion } from "../shell/useDiscardQuestion";
import { AcrossList } from "./AcrossList";
import { FileCounts } from "./FileCounts";
import { ImportPreview } from "./ImportPreview";
import { RollupPicker } from "./RollupPicker";
import type { Said } from "./said";
import { useImportRows } from "./useImportRows";
import { useMergedWorkbook } from "./useMergedWorkbook";
import { useRollup } from "./useRollup";
import type { RollupRunner } from "./runRollup";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // One primary action per view, always in reach at 320–350 px.
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  said: { flexBasis: "100%" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/**
 * "Gộp sổ" (issue 15). On the page: several unit workbooks checked each and across, merged into
 * the province's workbook to download or to write the report from. In Excel: the other files'
 * rows imported into the open workbook after a preview, undone as one step.
 */
export function RollupTab({
  showReport,
  run,
}: {
  /** Opens the report tab (after "Dùng cho báo cáo"). */
  showReport?: () => void;
  /** Where the roll-up runs (tests: in the page). */
  run?: RollupRunner;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const targetName = t("rollup.openWorkbook");
  const { state, add, clear, again, say } = useRollup(targetName, run);
  const { result, working } = state;
  const settings = state.target?.source.settings ?? state.files[0]?.settings;
  const merged = useMergedWorkbook(result, settings, say, showReport);
  // The merged workbook replaces the page's: fixes not yet downloaded would go with it.
  const discard = useDiscardQuestion();
  const excel = session.host === "excel";
  const importing = useImportRows(state, targetName, say, again);
  const busy = working !== undefined || importing.working || session.busy;
  const canDownload = session.port?.capabilities.canDownload !== false;

  return (
    <div className={styles.root}>
      <Text>{excel ? t("rollup.introExcel") : t("rollup.intro")}</Text>
      <RollupPicker
        onFiles={(files) => void add(files)}
        disabled={busy}
        primary={!result}
        hasFiles={state.files.length > 0}
      />
      {working && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={
            working.step === "reading"
              ? t("rollup.reading", { name: working.name })
              : t("rollup.merging", { count: working.count })
          }
        />
      )}
      {result && (
        <>
          <FileCounts result={result} />
          {result.summary.fairsMerged > 0 && (
            <Text size={200}>{t("rollup.fairsMerged", { count: result.summary.fairsMerged })}</Text>
          )}
          <h2 className={styles.heading}>
            {t("rollup.across")} ({countText(lang, result.across.length)})
          </h2>
          <AcrossList findings={result.across} />
          {excel && importing.plan && <ImportPreview plan={importing.plan} />}
        </>
      )}
      {(result || state.said) && (
        <div className={styles.footer} data-testid="rollup-footer">
          {state.said && <SaidLine said={state.said} className={styles.said} />}
          {result && !excel && (
            <>
              {canDownload ? (
                <Button appearance="primary" disabled={busy} onClick={() => void merged.save()}>
                  {t("rollup.download")}
                </Button>
              ) : (
                <Text className={styles.said}>{t("rollup.noDownload")}</Text>
              )}
              <Button disabled={busy} onClick={() => discard.ask(() => void merged.useForReport())}>
                {t("rollup.useForReport")}
              </Button>
            </>
          )}
          {result && excel && importing.canImport && (
            <>
              {importing.rows > 0 && (
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => void importing.importNow()}
                >
                  {t("rollup.import", { count: importing.rows })}
                </Button>
              )}
              {importing.canUndo && (
                <Button disabled={busy} onClick={() => void importing.undo()}>
                  {t("rollup.undo")}
                </Button>
              )}
            </>
          )}
          {result && excel && !importing.canImport && (
            <Text className={styles.said}>{t("rollup.noImport")}</Text>
          )}
          {result && (
            <Button appearance="subtle" disabled={busy} onClick={clear}>
              {t("rollup.clear")}
            </Button>
          )}
        </div>
      )}
      {discard.question}
    </div>
  );
}

function SaidLine({ said, className }: { said: Said; className: string }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={said.intent} className={className} role="status">
      <MessageBarBody>{t(said.key, said.params)}</MessageBarBody>
    </MessageBar>
  );
}
