import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { RollupResult } from "../../core/rollup";
import { useI18n } from "../i18n";
import { countText } from "../i18n/counts";

const useStyles = makeStyles({
  // File names are long ("huyen-cho-moi-2023.xlsx"): they wrap between words, never mid-syllable.
  name: { overflowWrap: "break-word", hyphens: "none", minWidth: 0 },
  // Narrow count columns leave the name room for "huyen-cho-moi.xlsx" on one line at 320 px.
  number: { textAlign: "end", whiteSpace: "nowrap", width: "3em" },
  wide: { width: "4.75em" },
  table: { tableLayout: "fixed", width: "100%" },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
});

/** Per file: its rows (all three sheets) and its own check's errors and warnings. */
export function FileCounts({ result }: { result: RollupResult }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  return (
    <Table size="small" className={styles.table} data-testid="rollup-counts">
      <caption className={styles.caption}>{t("rollup.files")}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("rollup.col.file")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("rollup.col.rows")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("severity.error")}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.number, styles.wide)}>
            {t("severity.warning")}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.summary.rows.map((row, i) => {
          const own = result.perFile[i]?.result.summary;
          return (
            <TableRow key={`${row.file}-${i}`}>
              <TableCell
                className={styles.name}
                title={t("rollup.rowsTitle", {
                  fairs: row.fairs,
                  exhibits: row.exhibits,
                  products: row.products,
                })}
              >
                {row.file}
              </TableCell>
              <TableCell className={styles.number}>
                {countText(lang, row.fairs + row.exhibits + row.products)}
              </TableCell>
              <TableCell className={styles.number}>{countText(lang, own?.error ?? 0)}</TableCell>
              <TableCell className={styles.number}>{countText(lang, own?.warning ?? 0)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
