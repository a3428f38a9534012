import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { RowRef } from "../../../core/report/model";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "12rem",
    overflowY: "auto",
  },
});

/** Rows as links: each goes to its row in the workbook (Excel selects it; the page shows it). */
export function RowLinks({
  rows,
  label,
  onRow,
  reasonOf,
}: {
  rows: readonly RowRef[];
  label: string;
  onRow: (row: RowRef) => void;
  reasonOf?: (row: RowRef) => string | undefined;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((r) => {
        const reason = reasonOf?.(r);
        return (
          <li key={`${r.sheet}|${r.row}`}>
            <Link as="button" onClick={() => onRow(r)}>
              {t("report.leftOutRow", { sheet: r.sheet, row: r.row })}
            </Link>
            {reason ? ` (${reason})` : ""}
          </li>
        );
      })}
    </ul>
  );
}
