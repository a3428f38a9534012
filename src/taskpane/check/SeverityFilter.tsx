import { Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/check";
import { useI18n, type MessageKey } from "../i18n";
import { SEVERITIES } from "./CheckSummary";
import type { Filter } from "./useFindingSelection";

const useStyles = makeStyles({
  filters: { flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  filter: { whiteSpace: "nowrap" },
});

/** All findings, or those of one severity, with their counts. */
export function SeverityFilter({
  result,
  value,
  onChange,
}: {
  result: CheckResult;
  value: Filter;
  onChange(next: Filter): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Field label={t("filter.label")}>
      <RadioGroup
        layout="horizontal"
        className={styles.filters}
        value={value}
        onChange={(_, d) => onChange(d.value as Filter)}
      >
        <Radio
          value="all"
          className={styles.filter}
          label={t("filter.all", { count: result.findings.length })}
        />
        {SEVERITIES.map((s) => (
          <Radio
            key={s}
            value={s}
            className={styles.filter}
            label={t(`filter.${s}` as MessageKey, { count: result.summary[s] })}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
