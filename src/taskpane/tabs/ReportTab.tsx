import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { buildReport } from "../../core/report/buildReport";
import { appendices } from "../../core/report/document";
import { leftOutMessage, leftOutTotal } from "../../core/report/leftOutMessage";
import type { ReportOptions, RowRef } from "../../core/report/model";
import { defaultReportOptions } from "../../core/report/reportOptions";
import { DocumentPanel } from "../document/DocumentPanel";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { LeftOutRows } from "./report/LeftOutRows";
import { ParagraphsPanel } from "./report/ParagraphsPanel";
import { ReportFields } from "./report/ReportFields";
import { useLeftOutGate } from "./report/useLeftOutGate";
import { useNationalReference } from "./report/useNationalReference";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Mode = "paragraphs" | "document";

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
  const [mode, setMode] = useState<Mode>("paragraphs");
  const reference = useNationalReference();

  const fields = {
    year: year ?? defaults?.year,
    province: province?.trim() || defaults?.province,
    agency: agency?.trim() || defaults?.agency,
  };
  const options: ReportOptions | undefined = useMemo(
    () =>
      defaults && {
        ...defaults,
        year: fields.year ?? defaults.year,
        province: fields.province ?? defaults.province,
        agency: fields.agency ?? defaults.agency,
        reference,
      },
    // The fields are the inputs; `fields` is rebuilt from them each render.
    [defaults, fields.year, fields.province, fields.agency, reference]
  );
  const model = useMemo(
    () => (result && options ? buildReport(result.typed, options) : undefined),
    [result, options]
  );
  // The appendices hold the rows of the year the paragraphs count: none, no data for the year.
  const tables = useMemo(
    () => (result && model ? appendices(result.typed, model) : []),
    [result, model]
  );
  const leftOut = model ? leftOutTotal(model.leftOut) : 0;
  const gate = useLeftOutGate(leftOut);

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

  // A workbook with no dated row and no year set has no year: ask for one, never "năm 0".
  const noYear = options.year === 0;
  const yearValid = badYear === undefined && !noYear;
  const goToRow = (row: RowRef) =>
    void session.port?.select({ sheet: row.sheet, row: row.row, column: "A" }).catch(() => {});

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

      <RadioGroup
        aria-label={t("document.mode")}
        layout="horizontal"
        value={mode}
        onChange={(_, d) => setMode(d.value as Mode)}
      >
        <Radio value="paragraphs" label={t("document.modeParagraphs")} />
        <Radio value="document" label={t("document.modeFull")} />
      </RadioGroup>

      {mode === "paragraphs" ? (
        <ParagraphsPanel
          model={model}
          noData={tables.length === 0 || model.paragraphs.length === 0}
          yearValid={yearValid}
          noYear={noYear}
          gate={gate}
          goToRow={goToRow}
        />
      ) : yearValid ? (
        <DocumentPanel model={model} tables={tables} options={options} gate={gate} />
      ) : (
        <Text block data-testid="report-no-year">
          {t(noYear ? "report.noYear" : "report.yearInvalid")}
        </Text>
      )}
    </div>
  );
}
