import { Field, Input, makeStyles, SpinButton, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { ReportOptions } from "../../../core/report/model";
import { useI18n } from "../../i18n";
import { usePaneSession } from "../../session/PaneSession";

// The picker (Fluent's Combobox and its positioning) loads with the Report tab, keeping the
// pane's first load under its budget; a read-only field holds its place meanwhile.
const ProvincePicker = lazy(() =>
  import("../../report/ProvincePicker").then((m) => ({ default: m.ProvincePicker }))
);

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const useStyles = makeStyles({
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  // Fluent inputs carry a minimum width; in a narrow pane they must shrink with the grid.
  input: { minWidth: 0, width: "100%" },
});

/** What the report tab keeps of its fields: the last valid year, and the typed text. */
export interface FieldsState {
  agency?: string;
  /** The year field's text when it is not a valid year (the report keeps the last valid one). */
  badYear?: string;
  setYear(year: number): void;
  setBadYear(text: string | undefined): void;
  setProvince(name: string): void;
  setAgency(text: string): void;
}

/** The report's year, province and agency; each valid change is saved in the workbook. */
export function ReportFields({
  options,
  yearValid,
  state,
}: {
  options: ReportOptions;
  yearValid: boolean;
  state: FieldsState;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  return (
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
          displayValue={state.badYear}
          incrementButton={{ "aria-label": t("report.yearUp") }}
          decrementButton={{ "aria-label": t("report.yearDown") }}
          onChange={(_, d) => {
            const typed = d.displayValue?.trim() ?? "";
            const next =
              typeof d.value === "number" ? d.value : /^\d+$/.test(typed) ? Number(typed) : NaN;
            if (Number.isInteger(next) && next >= MIN_YEAR && next <= MAX_YEAR) {
              state.setYear(next);
              state.setBadYear(undefined);
              void session.saveSettings({ reportYear: next });
            } else {
              state.setBadYear(d.displayValue ?? String(d.value ?? ""));
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
            state.setProvince(name);
            void session.saveSettings({ province: name });
          }}
        />
      </Suspense>
      <Field label={t("report.agency")}>
        <Input
          className={styles.input}
          value={state.agency ?? options.agency}
          onChange={(_, d) => state.setAgency(d.value)}
          onBlur={() =>
            state.agency?.trim() && void session.saveSettings({ agency: state.agency.trim() })
          }
        />
      </Field>
    </section>
  );
}
