import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CellFix } from "../../workbook/port";
import { useI18n, type MessageKey, type Translate } from "../i18n";
import { VisibleSpaces } from "./VisibleSpaces";

/** Rows per page: "fix all" can list 10,000 cells, and a dialog of 10,000 rows freezes the pane. */
export const FIX_PAGE = 100;

const useStyles = makeStyles({
  scroll: { maxHeight: "50vh", overflowY: "auto" },
  cards: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  // One card per cell: narrow panes (320 px) have no room for a four-column table.
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Old and new often differ only in spaces or invisible code points: show them as they are.
  // Long values wrap between words only: a Vietnamese syllable is never cut in two.
  value: {
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
    wordBreak: "normal",
    hyphens: "none",
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  arrow: { color: tokens.colorNeutralForeground2 },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "break-word", wordBreak: "normal", hyphens: "none" },
  kind: { color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXXL },
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
  /** Writes the cells still ticked. */
  onApply(chosen: FixPreview[]): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  // Cells the user left out (all are ticked at first).
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    setPage(0);
    setLeft(new Set());
  }, [fixes]);
  const all = fixes ?? [];
  const chosen = all.filter((f) => !left.has(fixId(f)));
  const toggle = (id: string, on: boolean) =>
    setLeft((was) => {
      const next = new Set(was);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  const pages = Math.max(1, Math.ceil(all.length / FIX_PAGE));
  const shown = all.slice(page * FIX_PAGE, (page + 1) * FIX_PAGE);
  return (
    <Dialog open={fixes !== undefined} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("fix.title")}</DialogTitle>
          <DialogContent>
            <Text block>{t("fix.intro")}</Text>
            {all.some((f) => spacingChanges(f.oldValue, f.newValue)) && (
              <Text block size={200}>
                {t("fix.spacesShown")}
              </Text>
            )}
            <div className={styles.scroll}>
              <ul className={styles.cards} aria-label={t("fix.title")}>
                {shown.map((f) => {
                  const id = fixId(f);
                  const marks = spacingChanges(f.oldValue, f.newValue);
                  return (
                    <li key={id} className={styles.card} data-testid="fix-card">
                      <Checkbox
                        checked={!left.has(id)}
                        onChange={(_, d) => toggle(id, d.checked === true)}
                        label={t("fix.keep", { cell: `${f.column}${f.row}, ${f.sheet}` })}
                      />
                      <Text size={200} className={styles.kind}>
                        {fixKind(f.code, t)}
                      </Text>
                      <Text className={styles.value} data-testid="fix-old">
                        {marks ? (
                          <VisibleSpaces value={f.oldValue} empty={t("finding.empty")} />
                        ) : (
                          String(f.oldValue ?? "") || t("finding.empty")
                        )}
                      </Text>
                      <Text className={styles.value}>
                        <span className={styles.arrow} aria-hidden>
                          →{" "}
                        </span>
                        <span data-testid="fix-new" className={styles.wrap}>
                          {marks ? (
                            <VisibleSpaces value={f.newValue} empty={t("finding.empty")} />
                          ) : (
                            String(f.newValue)
                          )}
                        </span>
                      </Text>
                    </li>
                  );
                })}
              </ul>
            </div>
            {chosen.length < all.length && (
              <Text block size={200} aria-live="polite">
                {t("fix.chosen", { count: chosen.length, total: all.length })}
              </Text>
            )}
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
            <Button
              appearance="primary"
              disabled={chosen.length === 0}
              onClick={() => onApply(chosen)}
            >
              {t("fix.apply")}
            </Button>
            <Button onClick={onCancel}>{t("fix.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function fixId(f: CellFix): string {
  return `${f.sheet}!${f.column}${f.row}`;
}

/**
 * Spaces are drawn only where the fix changes them: marks on every space of a re-encoded name
 * only hide what changed.
 */
export function spacingChanges(oldValue: CellFix["oldValue"], newValue: CellFix["newValue"]) {
  const runs = (v: unknown) => (String(v ?? "").match(/\s+/g) ?? []).join("|");
  const edges = (v: unknown) => /^\s|\s$/.test(String(v ?? ""));
  return runs(oldValue) !== runs(newValue) || edges(oldValue) !== edges(newValue);
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
