import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { renderMessage } from "../../core/findings";
import { findingKey } from "../../core/findings";
import type { CellRef, Finding } from "../../core/findings/finding";
import type { CellFix } from "../../workbook/port";
import { useI18n, type MessageKey } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { CellPreview } from "./CellPreview";
import { fixesOf, type FixPreview } from "./FixDialog";
import { findingPlace } from "./findingWords";
import { canType } from "./newValue";
import { NewValueField } from "./NewValueField";
import { shownValue } from "./shownValue";

const useStyles = makeStyles({
  detail: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  fullValue: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** The chosen finding in full, its actions, and in the page the cell with its neighbours. */
export function FindingDetail({
  finding,
  onFix,
  onDismiss,
  onWrite,
}: {
  finding: Finding;
  onFix(fixes: FixPreview[]): void;
  onDismiss(finding: Finding): Promise<void>;
  /** Writes the value typed in "Giá trị mới" (standalone). */
  onWrite(finding: Finding, fix: CellFix): Promise<boolean>;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const { port, shown } = session;
  const fixable = finding.fixable && finding.suggestion !== undefined;
  // The page shows the cell once it was selected (the port's `select` tells the session).
  const neighbours =
    port?.cellWindow && shown && sameCell(shown, finding) ? port.cellWindow(shown) : undefined;

  return (
    <section
      className={styles.detail}
      aria-label={t("finding.detail")}
      data-testid="finding-detail"
    >
      <Text weight="semibold">
        {t(`severity.one.${finding.severity}` as MessageKey)} · {findingPlace(finding, t)}
      </Text>
      <Text>{renderMessage(finding, lang)}</Text>
      {/* The whole value, wrapped: the list and the cell preview cut long text. */}
      <Text size={200} className={styles.fullValue} data-testid="finding-value">
        {t("finding.value", { value: shownValue(finding.value, t("finding.empty"), Infinity) })}
      </Text>
      {finding.suggestion !== undefined && (
        <Text size={200}>{t("finding.suggestion", { suggestion: finding.suggestion })}</Text>
      )}
      {/* The page's way forward for any cell: the user's own value, written and re-checked. */}
      {session.host === "standalone" && canType(finding) && (
        <NewValueField key={findingKey(finding)} finding={finding} onWrite={onWrite} />
      )}
      {/* Where no fix is known, the plain way forward in Excel too. */}
      {session.host === "standalone" && !fixable && (
        <Text size={200}>
          {t("finding.fixInExcel", {
            sheet: finding.sheet,
            cell: `${finding.column}${finding.row}`,
          })}
        </Text>
      )}
      {/* The rule's code is for support and the exports, not for reading aloud each time. */}
      <details>
        <summary>
          <Text size={200}>{t("finding.technical")}</Text>
        </summary>
        <Text size={100}>{t("finding.code", { code: finding.code })}</Text>
      </details>
      <div className={styles.row}>
        <Button size="small" onClick={() => void session.select(finding)}>
          {session.host === "excel" ? t("finding.goto") : t("finding.show")}
        </Button>
        {fixable && (
          <Button size="small" onClick={() => onFix(fixesOf([finding]))}>
            {t("finding.fix")}
          </Button>
        )}
        <Button size="small" onClick={() => void onDismiss(finding)}>
          {t("finding.dismiss")}
        </Button>
      </div>
      {neighbours && (
        <CellPreview
          window={neighbours}
          marked={markedCells(port?.highlightedCells?.() ?? [], neighbours.sheet)}
        />
      )}
    </section>
  );
}

function sameCell(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.column === b.column;
}

/** The cells of `sheet` the last "highlight" marked, as "D7". */
function markedCells(cells: readonly CellRef[], sheet: string): Set<string> {
  const out = new Set<string>();
  for (const c of cells) if (c.sheet === sheet) out.add(`${c.column}${c.row}`);
  return out;
}
