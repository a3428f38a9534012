import {
  Combobox,
  Field,
  makeStyles,
  mergeClasses,
  Option,
  OptionGroup,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { nearestProvinceNames } from "../../core/reference/provinceLookup";
import { useI18n } from "../i18n";
import { filterGroups, provinceGroups, provinceNamed } from "./provinceChoices";

// The box shrinks with a narrow pane: the text column may go below the input's natural width,
// so the list's button stays inside the border.
const useStyles = makeStyles({
  root: { gridTemplateColumns: "minmax(0, 1fr) auto" },
  input: { minWidth: 0, width: "100%" },
});

export interface ProvincePickerProps {
  /** The province the report is written for. */
  value: string;
  /** The report year: its list of provinces comes first. */
  year: number;
  /** A province chosen from the list or typed in full (its canonical name). */
  onChoose(name: string): void;
  className?: string;
}

/**
 * The report's province: a searchable list (63 names before 01/7/2025, 34 from then, the report
 * year's first) instead of free text, so a misspelt name cannot slip into the report. A typed
 * name that is no province is refused with the nearest names; the report keeps the last one.
 */
export function ProvincePicker({ value, year, onChoose, className }: ProvincePickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  // The text being typed; undefined while the field shows the chosen province.
  const [typed, setTyped] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const groups = useMemo(() => provinceGroups(year), [year]);
  const shown = typed === undefined ? groups : filterGroups(groups, typed);

  const choose = (name: string) => {
    setTyped(undefined);
    setProblem(undefined);
    if (name !== value) onChoose(name);
  };

  /** Leaving the field: a full name is taken, anything else refused (an empty field keeps the choice). */
  const commit = () => {
    const text = typed?.trim();
    if (text === undefined) return;
    if (text === "") return choose(value);
    const name = provinceNamed(text, year);
    if (name) return choose(name);
    const nearest = nearestProvinceNames(text).slice(0, 3);
    setProblem(
      nearest.length > 0
        ? t("province.unknown", { name: text, nearest: nearest.join(", ") })
        : t("province.unknownNone", { name: text })
    );
  };

  return (
    <Field
      label={t("report.province")}
      validationState={problem ? "error" : "none"}
      validationMessage={problem}
    >
      <Combobox
        className={mergeClasses(styles.root, className)}
        input={{ className: styles.input }}
        freeform
        value={typed ?? value}
        selectedOptions={[value]}
        onChange={(e) => {
          setTyped(e.target.value);
          setProblem(undefined);
        }}
        onOptionSelect={(_, d) => d.optionValue && choose(d.optionValue)}
        onBlur={commit}
      >
        {shown.map((g) => (
          <OptionGroup key={g.era} label={t(g.era === "after" ? "province.after" : "province.before")}>
            {g.names.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </OptionGroup>
        ))}
        {shown.length === 0 && (
          <Option key="none" value="" disabled>
            {t("province.noMatch")}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
