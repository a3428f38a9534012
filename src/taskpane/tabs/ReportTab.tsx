import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { buildReport } from "../../core/report/buildReport";
import { leftOutMessage, leftOutTotal } from "../../core/report/leftOutMessage";
import type { Figure, ReportOptions, RowRef } from "../../core/report/model";
import { defaultReportOptions } from "../../core/report/reportOptions";
import { toText } from "../../core/report/toText";
import { toWordHtml } from "../../core/report/toWordHtml";
import { noteText } from "../../core/report/noteText";
import { copyPlain, copyRich, type CopyOutcome } from "../copyRich";
import { download, DOCX_TYPE } from "../download";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { FigureRows } from "./report/FigureRows";
import { LeftOutRows } from "./report/LeftOutRows";
import { ReportFields } from "./report/ReportFields";
import { ReportView } from "./report/ReportView";
import { useNationalReference } from "./report/useNationalReference";

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

export function ReportTab() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const { result, settings } = session;
  const defaults = useMemo(
    () => (result ? defaultReportOptions(result.typed, settings) : undefined),
    [result, settings]
  );
  // The last valid year drives the report; a cleared or mistyped field keeps its text here
  // (and says so) instead of turning the report into "năm 0".
  const [year, setYear] = useState<number | undefined>();
  const [badYear, setBadYear] = useState<string | undefined>();
  const [province, setProvince] = useState<string | undefined>();
  const [agency, setAgency] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<{
    intent: "success" | "warning" | "error";
    text: string;
  }>();
  useEffect(() => setOutcome(undefined), [lang]);
  const reference = useNationalReference();
  const [active, setActive] = useState<Figure | undefined>();
  // Copying with rows left out asks once; a pending copy waits for the answer.
  const [pendingCopy, setPendingCopy] = useState<"rich" | "plain" | undefined>();
  const [copyConfirmed, setCopyConfirmed] = useState(false);

  const options: ReportOptions | undefined = defaults && {
    ...defaults,
    year: year ?? defaults.year,
    province: province?.trim() || defaults.province,
    agency: agency?.trim() || defaults.agency,
    reference,
  };
  const model = useMemo(
    () => (result && options ? buildReport(result.typed, options) : undefined),
    // The fields are the inputs; `options` is rebuilt from them each render.
    [result, options?.year, options?.province, options?.agency, defaults, reference]
  );
  useEffect(() => setActive(undefined), [model]);
  // Built before any click: the copy must happen synchronously inside the click handler.
  const html = useMemo(() => (model ? toWordHtml(model) : ""), [model]);
  const text = useMemo(() => (model ? toText(model) : ""), [model]);

  if (!result || !options || !model) {
    return (
      <div className={styles.root}>
        <Text>{t("report.needCheck")}</Text>
        {session.port && (
          <div>
            <Button appearance="primary" onClick={() => void session.check()}>
              {t("report.runCheck")}
            </Button>
          </div>
        )}
      </div>
    );
  }

  const said = (result: CopyOutcome, ok: string) =>
    setOutcome(
      result === "failed"
        ? { intent: "warning", text: t("report.copyFailed") }
        : { intent: "success", text: ok }
    );
  const leftOut = leftOutTotal(model.leftOut);
  // A workbook with no dated row and no year set has no year: ask for one, never "năm 0".
  const noYear = options.year === 0;
  const yearValid = badYear === undefined && !noYear;
  const copy = (kind: "rich" | "plain") => {
    if (leftOut > 0 && !copyConfirmed) {
      setPendingCopy(kind);
      return;
    }
    setPendingCopy(undefined);
    if (kind === "rich") void copyRich(html, text).then((r) => said(r, t("report.copied")));
    else void copyPlain(text).then((r) => said(r, t("report.copiedText")));
  };
  const goToRow = (row: RowRef) =>
    void session.port?.select({ sheet: row.sheet, row: row.row, column: "A" }).catch(() => {});
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
      <ReportFields
        options={options}
        yearValid={yearValid}
        state={{ agency, badYear, setYear, setBadYear, setProvince, setAgency }}
      />

      <Switch
        label={t("report.approximate")}
        checked={defaults?.approximate ?? false}
        onChange={(_, d) => void session.saveSettings({ reportApproximate: d.checked })}
      />

      {leftOut > 0 && (
        <MessageBar intent="warning" data-testid="left-out" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("report.leftOutTitle")}</MessageBarTitle>
            {leftOutMessage(model.leftOut, lang)}
            <LeftOutRows leftOut={model.leftOut} onRow={goToRow} />
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" disabled={!yearValid} onClick={() => copy("rich")}>
          {t("report.copyWord")}
          {leftOut > 0 ? ` (${t("report.leftOutBadge", { count: leftOut })})` : ""}
        </Button>
        <Button disabled={!yearValid} onClick={() => copy("plain")}>
          {t("report.copyText")}
        </Button>
        <Button
          disabled={!yearValid}
          onClick={async () => {
            try {
              const { toDocx } = await import("../../core/report/toDocx");
              download(await toDocx(model), t("file.report", { year: model.year }), DOCX_TYPE);
            } catch (err) {
              setOutcome({
                intent: "error",
                text: t("report.docxFailed", { detail: String(err) }),
              });
            }
          }}
        >
          {t("report.docx")}
        </Button>
      </div>
      {pendingCopy && (
        <MessageBar intent="warning" role="alertdialog" data-testid="confirm-copy">
          <MessageBarBody>{t("report.confirmCopy", { count: leftOut })}</MessageBarBody>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => {
                setCopyConfirmed(true);
                setPendingCopy(undefined);
                if (pendingCopy === "rich")
                  void copyRich(html, text).then((r) => said(r, t("report.copied")));
                else void copyPlain(text).then((r) => said(r, t("report.copiedText")));
              }}
            >
              {t("report.copyAnyway")}
            </Button>
            <Button onClick={() => setPendingCopy(undefined)}>{t("report.notNow")}</Button>
          </div>
        </MessageBar>
      )}
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
      {outcome && (
        <MessageBar intent={outcome.intent} role="status">
          <MessageBarBody>{outcome.text}</MessageBarBody>
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
        ) : model.paragraphs.length === 0 ? (
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
