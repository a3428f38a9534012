import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  SpinButton,
  Text,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { buildReport } from "../../core/report/buildReport";
import { leftOutMessage, leftOutTotal } from "../../core/report/leftOutMessage";
import type { ReportOptions } from "../../core/report/model";
import { defaultReportOptions } from "../../core/report/reportOptions";
import { toText } from "../../core/report/toText";
import { toWordHtml } from "../../core/report/toWordHtml";
import { copyPlain, copyRich, type CopyOutcome } from "../copyRich";
import { download, DOCX_TYPE } from "../download";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";

// The picker (Fluent's Combobox and its positioning) loads with the Report tab, keeping the
// pane's first load under its budget; a read-only field holds its place meanwhile.
const ProvincePicker = lazy(() =>
  import("../report/ProvincePicker").then((m) => ({ default: m.ProvincePicker }))
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Fluent inputs carry a minimum width; in a narrow pane they must shrink with the grid.
  input: { minWidth: 0, width: "100%" },
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

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

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

  const options: ReportOptions | undefined = defaults && {
    ...defaults,
    year: year ?? defaults.year,
    province: province?.trim() || defaults.province,
    agency: agency?.trim() || defaults.agency,
  };
  const model = useMemo(
    () => (result && options ? buildReport(result.typed, options) : undefined),
    // The fields are the inputs; `options` is rebuilt from them each render.
    [result, options?.year, options?.province, options?.agency, defaults]
  );
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
  const yearValid = badYear === undefined;

  return (
    <div className={styles.root}>
      <section aria-label={t("report.fields")} className={styles.fields}>
        <Field
          label={t("report.year")}
          validationMessage={yearValid ? undefined : t("report.yearInvalid")}
        >
          <SpinButton
            className={styles.input}
            min={MIN_YEAR}
            max={MAX_YEAR}
            value={yearValid ? options.year : null}
            displayValue={badYear}
            incrementButton={{ "aria-label": t("report.yearUp") }}
            decrementButton={{ "aria-label": t("report.yearDown") }}
            onChange={(_, d) => {
              const typed = d.displayValue?.trim() ?? "";
              const next =
                typeof d.value === "number" ? d.value : /^\d+$/.test(typed) ? Number(typed) : NaN;
              if (Number.isInteger(next) && next >= MIN_YEAR && next <= MAX_YEAR) {
                setYear(next);
                setBadYear(undefined);
                void session.saveSettings({ reportYear: next });
              } else {
                setBadYear(d.displayValue ?? String(d.value ?? ""));
              }
            }}
          />
        </Field>
        <Suspense
          fallback={
            <Field label={t("report.province")}>
              <Input className={styles.input} value={options.province} readOnly />
            </Field>
          }
        >
          <ProvincePicker
            className={styles.input}
            value={options.province}
            year={options.year}
            onChoose={(name) => {
              setProvince(name);
              void session.saveSettings({ province: name });
            }}
          />
        </Suspense>
        <Field label={t("report.agency")}>
          <Input
            className={styles.input}
            value={agency ?? options.agency}
            onChange={(_, d) => setAgency(d.value)}
            onBlur={() => agency?.trim() && void session.saveSettings({ agency: agency.trim() })}
          />
        </Field>
      </section>

      {leftOut > 0 && (
        <MessageBar intent="warning" data-testid="left-out">
          <MessageBarBody>
            <MessageBarTitle>{t("report.leftOutTitle")}</MessageBarTitle>
            {leftOutMessage(model.leftOut, lang)}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!yearValid}
          onClick={() => {
            void copyRich(html, text).then((r) => said(r, t("report.copied")));
          }}
        >
          {t("report.copyWord")}
        </Button>
        <Button
          disabled={!yearValid}
          onClick={() => void copyPlain(text).then((r) => said(r, t("report.copiedText")))}
        >
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
      {outcome && (
        <MessageBar intent={outcome.intent} role="status">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}

      <section aria-label={t("report.preview")}>
        <Text as="h2" size={400} weight="semibold">
          {t("report.preview")}
        </Text>
        {model.paragraphs.length === 0 ? (
          <Text block>{t("report.empty", { year: model.year })}</Text>
        ) : (
          // The core escapes every cell text in this HTML; it is the very fragment Word receives.
          <div
            className={styles.paper}
            data-testid="report-preview"
            // Focusable so a keyboard user can scroll it and select it to copy by hand.
            tabIndex={0}
            role="document"
            aria-label={t("report.preview")}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
      </section>
    </div>
  );
}
