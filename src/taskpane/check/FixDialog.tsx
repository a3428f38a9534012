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
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { cellAddress } from "../../core/sheets/address";
import type { CellFix } from "../../workbook/port";
import { useI18n, type MessageKey, type Translate } from "../i18n";
import { VisibleSpaces } from "./VisibleSpaces";

/** Rows per page: "fix all" can list 10,000 cells, and a dialog of 10,000 rows freezes the pane. */
export const FIX_PAGE = 100;

const useStyles = makeStyles({
  scroll: { maxHeight: "50vh", overflowY: "auto" },
  // Old and new often differ only in spaces or invisible code points: show them as they are.
  value: { whiteSpace: "pre-wrap", overflowWrap: "break-word" },
  kind: { color: tokens.colorNeutralForeground2 },
  pages: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
});

/** A fix to preview: the cell's change and the finding code that asked for it. */
export interface FixPreview extends CellFix {
  code: string;
}

/** The kinds of fix the catalogues name (the code's last part); any other is "other". */
const KINDS = ["legacyEncoding", "decomposed", "spaces", "oldName", "unknown", "outdated"];

/** What kind of fix a finding code asks for, in the user's words. */
export function fixKind(code: string, t: Translate): string {
  const what = code.slice(code.lastIndexOf(".") + 1);
  return t(`fixKind.${KINDS.includes(what) ? what : "other"}` as MessageKey);
}

/** Old → new for every cell before anything is written (the add-in never changes a cell unseen). */
export function FixDialog({
  fixes,
  onApply,
  onCancel,
}: {
  fixes: FixPreview[] | undefined;
  onApply(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [fixes]);
  const all = fixes ?? [];
  const pages = Math.max(1, Math.ceil(all.length / FIX_PAGE));
  const shown = all.slice(page * FIX_PAGE, (page + 1) * FIX_PAGE);
  return (
    <Dialog open={fixes !== undefined} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("fix.title")}</DialogTitle>
          <DialogContent>
            <Text block>{t("fix.intro")}</Text>
            <Text block size={200}>
              {t("fix.spacesShown")}
            </Text>
            <div className={styles.scroll}>
              <Table size="small" aria-label={t("fix.title")}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t("fix.cell")}</TableHeaderCell>
                    <TableHeaderCell>{t("fix.kind")}</TableHeaderCell>
                    <TableHeaderCell>{t("fix.old")}</TableHeaderCell>
                    <TableHeaderCell>{t("fix.new")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.map((f) => (
                    <TableRow key={`${f.sheet}!${f.column}${f.row}`}>
                      <TableCell>{cellAddress(f.sheet, f.row, f.column)}</TableCell>
                      <TableCell className={styles.kind}>{fixKind(f.code, t)}</TableCell>
                      <TableCell className={styles.value} data-testid="fix-old">
                        <VisibleSpaces value={f.oldValue} empty={t("finding.empty")} />
                      </TableCell>
                      <TableCell className={styles.value} data-testid="fix-new">
                        <VisibleSpaces value={f.newValue} empty={t("finding.empty")} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {pages > 1 && (
              <nav className={styles.pages} aria-label={t("fix.pages")}>
                <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  {t("fix.previous")}
                </Button>
                <Text size={200} aria-live="polite">
                  {t("fix.page", {
                    from: page * FIX_PAGE + 1,
                    to: page * FIX_PAGE + shown.length,
                    total: all.length,
                  })}
                </Text>
                <Button size="small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
                  {t("fix.next")}
                </Button>
              </nav>
            )}
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
    code: string;
    sheet: string;
    row: number;
    column: string;
    value: CellFix["oldValue"];
    suggestion?: string | number;
    fixable?: boolean;
  }[]
): FixPreview[] {
  const seen = new Set<string>();
  const out: FixPreview[] = [];
  for (const f of findings) {
    if (!f.fixable || f.suggestion === undefined) continue;
    const key = `${f.sheet}!${f.column}${f.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      code: f.code,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      oldValue: f.value,
      newValue: f.suggestion,
    });
  }
  return out;
}
