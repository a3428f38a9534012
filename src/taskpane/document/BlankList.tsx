import { Link, makeStyles, Text } from "@fluentui/react-components";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  list: {
    margin: 0,
    // Room for two-digit numbers: a document can have more than nine blanks.
    paddingLeft: "2.5em",
    maxHeight: "10rem",
    overflowY: "auto",
  },
});

/**
 * "Còn n chỗ cần viết" and each blank's prompt; activating one hands its index (document order)
 * to `onBlank`, which moves the preview to it.
 */
export function BlankList({
  blanks,
  onBlank,
}: {
  blanks: readonly string[];
  onBlank: (index: number) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  if (blanks.length === 0)
    return (
      <Text block data-testid="blanks-count">
        {t("document.blanksNone")}
      </Text>
    );
  const title = t("document.blanksOpen", { count: blanks.length });
  return (
    <section aria-label={title}>
      <Text block weight="semibold" data-testid="blanks-count">
        {title}
      </Text>
      <Text block size={200}>
        {t("document.blanksHint")}
      </Text>
      <ol className={styles.list} aria-label={title}>
        {blanks.map((prompt, i) => (
          <li key={i}>
            <Link as="button" onClick={() => onBlank(i)}>
              {prompt}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
