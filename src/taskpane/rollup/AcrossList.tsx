import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { renderMessage } from "../../core/findings";
import { placeText, type AcrossFinding } from "../../core/rollup";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "break-word",
    hyphens: "none",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  places: { color: tokens.colorNeutralForeground2 },
});

/** The findings only reading the files together shows, each naming both places. */
export function AcrossList({ findings }: { findings: readonly AcrossFinding[] }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  if (findings.length === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t("rollup.acrossNone")}</MessageBarBody>
      </MessageBar>
    );
  return (
    <ul className={styles.list} aria-label={t("rollup.across")} data-testid="rollup-across">
      {findings.map((f, i) => {
        const here = placeText(
          { file: f.file, sheet: f.sheet, row: f.row, column: f.column },
          lang
        );
        return (
          <li
            key={`${f.code}-${f.file}-${f.sheet}-${f.row}-${i}`}
            className={`${styles.item} ${f.severity === "error" ? styles.error : f.severity === "warning" ? styles.warning : ""}`}
          >
            <Text weight="semibold">
              {t(`severity.one.${f.severity}`)}: {here}
            </Text>
            <Text>{renderMessage(f, lang)}</Text>
            {f.other && (
              <Text size={200} className={styles.places}>
                {t("rollup.bothPlaces", { here, there: placeText(f.other, lang) })}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
