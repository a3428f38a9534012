import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { cellAddress } from "../../core/sheets/address";
import type { CellFix } from "../../workbook/port";
import { useI18n } from "../i18n";
import { shownValue } from "./shownValue";

const useStyles = makeStyles({ scroll: { maxHeight: "50vh", overflowY: "auto" } });

/** Old → new for every cell before anything is written (the add-in never changes a cell unseen). */
export function FixDialog({
  fixes,
  onApply,
  onCancel,
}: {
  fixes: CellFix[] | undefined;
  onApply(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Dialog open={fixes !== undefined} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("fix.title")}</DialogTitle>
          <DialogContent>
            <Text block>{t("fix.intro")}</Text>
            <div className={styles.scroll}>
              <Table size="small" aria-label={t("fix.title")}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t("fix.cell")}</TableHeaderCell>
                    <TableHeaderCell>{t("fix.old")}</TableHeaderCell>
                    <TableHeaderCell>{t("fix.new")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {(fixes ?? []).map((f) => (
                    <TableRow key={`${f.sheet}!${f.column}${f.row}`}>
                      <TableCell>{cellAddress(f.sheet, f.row, f.column)}</TableCell>
                      <TableCell>{shownValue(f.oldValue, t("finding.empty"))}</TableCell>
                      <TableCell>{shownValue(f.newValue, t("finding.empty"))}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onApply}>
              {t("fix.apply")}
            </Button>
            <Button onClick={onCancel}>{t("fix.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The fixes the findings suggest: one per cell, only where a fix is safe. */
export function fixesOf(
  findings: readonly {
    sheet: string;
    row: number;
    column: string;
    value: CellFix["oldValue"];
    suggestion?: string | number;
    fixable?: boolean;
  }[]
): CellFix[] {
  const seen = new Set<string>();
  const out: CellFix[] = [];
  for (const f of findings) {
    if (!f.fixable || f.suggestion === undefined) continue;
    const key = `${f.sheet}!${f.column}${f.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      oldValue: f.value,
      newValue: f.suggestion,
    });
  }
  return out;
}
