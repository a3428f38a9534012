import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Figure, ReportModel, RowRef } from "../../../core/report/model";
import { noteText } from "../../../core/report/noteText";
import { toText } from "../../../core/report/toText";
import { toWordHtml } from "../../../core/report/toWordHtml";
import { copyPlain, copyRich, type CopyOutcome } from "../../copyRich";
import { NoticeAt, useActionNotice } from "../../document/notice";
import { download, DOCX_TYPE } from "../../download";
import { useI18n } from "../../i18n";
import { usePaneSession } from "../../session/PaneSession";
import { FigureRows } from "./FigureRows";
import { ReportView } from "./ReportView";
import { ConfirmCopy, type LeftOutGate } from "./useLeftOutGate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The preview is a sheet of paper: white and black in both themes, as Word shows it.
  paper: {
    backgroundColor: "#ffffff",
    color: "#000000",
    padding: "20px 15px 20px 30px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    maxHeight: "50vh",
    overflowY: "auto",
  },
});

/** The two data paragraphs (issue 6): copy, download, and a preview whose figures open rows. */
export function ParagraphsPanel({
  model,
  noData,
  yearValid,
  noYear,
  gate,
  goToRow,
}: {
  model: ReportModel;
  /** No row of the workbook falls in the report's year. */
  noData: boolean;
  yearValid: boolean;
  noYear: boolean;
  gate: LeftOutGate;
  goToRow: (row: RowRef) => void;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const [active, setActive] = useState<Figure | undefined>();
  useEffect(() => setActive(undefined), [model]);
  // Built before any click: the copy must happen synchronously inside the click handler.
  const html = useMemo(() => toWordHtml(model), [model]);
  const text = useMemo(() => toText(model), [model]);
  const { notice, say } = useActionNotice(`${text}|${lang}`);
  const canDownload = session.port?.capabilities.canDownload !== false;

  const said = (ok: string) => (result: CopyOutcome) =>
    say(
      result === "failed"
        ? { where: "paragraphs", intent: "warning", text: t("report.copyFailed") }
        : { where: "paragraphs", intent: "success", text: ok }
    );
  /** A year with no data has nothing to copy: say so rather than "Đã sao chép". */
  const act = (run: () => void) => {
    say(undefined);
    if (noData)
      return say({
        where: "paragraphs",
        intent: "info",
        text: t("document.noData", { year: model.year }),
      });
    run();
  };
  const copy = (kind: "rich" | "plain") =>
    act(() =>
      gate.ask("paragraphs", () => {
        if (kind === "rich") void copyRich(html, text).then(said(t("report.copied")));
        else void copyPlain(text).then(said(t("report.copiedText")));
      })
    );
  const showFigure = (figure: Figure) => {
    setActive(figure);
    const port = session.port;
    if (!port || port.kind !== "excel" || figure.rows.length === 0) return;
    const selecting = port.selectRows
      ? port.selectRows(figure.rows)
      : port.select({ sheet: figure.rows[0].sheet, row: figure.rows[0].row, column: "A" });
    void selecting.catch(() => {});
  };

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!yearValid} onClick={() => copy("rich")}>
          {t("report.copyWord")}
          {gate.leftOut > 0 ? ` (${t("report.leftOutBadge", { count: gate.leftOut })})` : ""}
        </Button>
        <Button disabled={!yearValid} onClick={() => copy("plain")}>
          {t("report.copyText")}
        </Button>
        {canDownload && (
          <Button
            disabled={!yearValid}
            onClick={() =>
              act(async () => {
                try {
                  const { toDocx } = await import("../../../core/report/toDocx");
                  download(await toDocx(model), t("file.report", { year: model.year }), DOCX_TYPE);
                } catch (err) {
                  say({
                    where: "paragraphs",
                    intent: "error",
                    text: t("report.docxFailed", { detail: String(err) }),
                  });
                }
              })
            }
          >
            {t("report.docx")}
          </Button>
        )}
      </div>
      {!canDownload && (
        <Text size={200} block data-testid="no-download">
          {t("document.noDownload")}
        </Text>
      )}
      <ConfirmCopy gate={gate} where="paragraphs" />
      <NoticeAt where="paragraphs" notice={notice} />
      {model.notes.length > 0 && (
        <MessageBar intent="info" data-testid="report-notes" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("report.notes")}</MessageBarTitle>
            {model.notes.map((n) => (
              <div key={n.id}>{noteText(n, lang)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      <section aria-label={t("report.preview")}>
        <Text as="h2" size={400} weight="semibold">
          {t("report.preview")}
        </Text>
        {noYear ? (
          <Text block data-testid="report-no-year">
            {t("report.noYear")}
          </Text>
        ) : noData ? (
          <Text block>{t("report.empty", { year: model.year })}</Text>
        ) : (
          <>
            <Text block size={200}>
              {t("report.figureHint")}
            </Text>
            <div
              className={styles.paper}
              data-testid="report-preview"
              // Focusable so a keyboard user can scroll it and select it to copy by hand.
              tabIndex={0}
              role="document"
              aria-label={t("report.preview")}
            >
              <ReportView model={model} active={active} onFigure={showFigure} />
            </div>
            {active && (
              <FigureRows figure={active} onRow={goToRow} onClose={() => setActive(undefined)} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
