import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { SHEET_LABELS } from "../../core/findings/labels";
import { useI18n } from "../i18n";
import type { ImportPlan } from "./importPlan";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Excel: what "Gộp sổ" will write, sheet by sheet, before anything is written. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  if (plan.sheets.length === 0 && plan.missing.length === 0)
    return <Text>{t("rollup.nothingNew")}</Text>;
  return (
    <div data-testid="rollup-preview">
      <Text weight="semibold">{t("rollup.preview")}</Text>
      <ul className={styles.list}>
        {plan.sheets.map((s) => (
          <li key={s.kind}>{t("rollup.previewRow", { sheet: s.sheet, count: s.rows })}</li>
        ))}
        {plan.missing.map((m) => (
          <li key={m.kind}>
            {t("rollup.previewMissing", { sheet: SHEET_LABELS[m.kind][lang], count: m.rows })}
          </li>
        ))}
      </ul>
    </div>
  );
}
