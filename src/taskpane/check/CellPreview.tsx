import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CellWindow } from "../../workbook/port";
import { useI18n } from "../i18n";
import { shownValue } from "./shownValue";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { tableLayout: "fixed", minWidth: "100%" },
  corner: { width: "44px" },
  rowHead: { color: tokens.colorNeutralForeground3, textAlign: "end" },
  cell: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  marked: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  focus: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorPaletteRedBorder2}`,
  },
});

/** In place of Excel's selection: the cell with its neighbours, as a small grid. */
export function CellPreview({
  window: w,
  marked = new Set(),
}: {
  window: CellWindow;
  /** Cells marked by "highlight", as "D7". */
  marked?: ReadonlySet<string>;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const focusColumn = w.columns.indexOf(w.focus.column);
  const focusRow = w.rows.indexOf(w.focus.row);
  return (
    <div className={styles.wrap} data-testid="cell-preview">
      <Text as="h3" size={300} weight="semibold">
        {t("preview.title", { cell: `${w.focus.column}${w.focus.row}`, sheet: w.sheet })}
      </Text>
      <Table
        size="extra-small"
        className={styles.table}
        aria-label={t("preview.title", {
          cell: `${w.focus.column}${w.focus.row}`,
          sheet: w.sheet,
        })}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.corner} />
            {w.columns.map((c) => (
              <TableHeaderCell key={c}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {w.rows.map((row, r) => (
            <TableRow key={row}>
              <TableCell className={styles.rowHead}>{row}</TableCell>
              {w.text[r].map((v, c) => (
                <TableCell
                  key={c}
                  className={mergeClasses(
                    styles.cell,
                    marked.has(`${w.columns[c]}${row}`) && styles.marked,
                    r === focusRow && c === focusColumn && styles.focus
                  )}
                  title={v}
                  aria-current={r === focusRow && c === focusColumn ? "true" : undefined}
                >
                  {shownValue(v, "", 40)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
