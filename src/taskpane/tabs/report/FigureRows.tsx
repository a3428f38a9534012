import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Figure, RowRef } from "../../../core/report/model";
import { useI18n } from "../../i18n";
import { RowLinks } from "./RowLinks";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

/** The rows a figure of the report was counted from, each a link to its row. */
export function FigureRows({
  figure,
  onRow,
  onClose,
}: {
  figure: Figure;
  onRow: (row: RowRef) => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const title = t("report.figureRows", { text: figure.text, count: figure.rows.length });
  return (
    <section className={styles.root} aria-label={title} data-testid="figure-rows">
      <Text weight="semibold">{title}</Text>
      <RowLinks rows={figure.rows} label={title} onRow={onRow} />
      <div>
        <Button size="small" onClick={onClose}>
          {t("report.closeRows")}
        </Button>
      </div>
    </section>
  );
}
