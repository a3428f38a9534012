import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CellValue } from "../../core/sheets/rawSheet";

const useStyles = makeStyles({
  mark: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // Read by screen readers, not drawn: the real text, where the drawn one has marks for spaces.
  spoken: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** The marks drawn for characters that are otherwise invisible. */
const MARKS: Record<string, string> = { " ": "·", "\u00a0": "°", "\t": "⇥" };

/**
 * A cell value with its spaces drawn ("Hội·chợ··OCOP·"): a stray-space fix otherwise looks the
 * same before and after, since HTML collapses runs of spaces and hides trailing ones.
 */
export function VisibleSpaces({ value, empty }: { value: CellValue | undefined; empty: string }) {
  const styles = useStyles();
  if (value === null || value === undefined || value === "") return <>{empty}</>;
  const text = String(value);
  const drawn: ReactNode[] = [];
  let plain = "";
  for (const ch of text) {
    const mark = MARKS[ch];
    if (!mark) {
      plain += ch;
      continue;
    }
    if (plain) drawn.push(plain);
    plain = "";
    drawn.push(
      <span key={drawn.length} className={styles.mark} data-space="">
        {mark}
      </span>
    );
    // A mark joins the words around it into one unbreakable run, which a narrow pane then cuts
    // mid-syllable: the line may break after each mark, as it would at the space.
    drawn.push(<wbr key={drawn.length} />);
  }
  if (plain) drawn.push(plain);
  return (
    <>
      <span className={styles.spoken}>{text}</span>
      <span aria-hidden="true">{drawn}</span>
    </>
  );
}
