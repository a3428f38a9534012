import { makeStyles } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { Figure, ReportModel, Run } from "../../../core/report/model";
import { keepTogether } from "../../../core/report/noBreak";
import { PARAGRAPH_FORMAT as F } from "../../../core/report/paragraphFormat";

const useStyles = makeStyles({
  // A figure reads as text on the paper, with a dotted underline that says it can be opened.
  figure: {
    font: "inherit",
    color: "inherit",
    background: "none",
    border: "none",
    padding: 0,
    margin: 0,
    cursor: "pointer",
    textAlign: "inherit",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textUnderlineOffset: "3px",
    ":hover": { backgroundColor: "#fff4ce" },
    ":focus-visible": { outline: "2px solid #0f6cbd" },
  },
  active: { backgroundColor: "#fff4ce" },
});

const FONT: CSSProperties = {
  fontFamily: `'${F.font}', serif`,
  fontSize: `${F.sizePt}pt`,
  lineHeight: `${Math.round(F.lineSpacing * 100)}%`,
  margin: 0,
  marginBottom: `${F.spaceAfterPt}pt`,
};
const PARAGRAPH: CSSProperties = {
  ...FONT,
  textAlign: "justify",
  textIndent: `${F.firstLineIndentCm}cm`,
};
const HEADING: CSSProperties = { ...FONT, textAlign: "center", fontWeight: "bold" };

/**
 * The report as Word will show it (the format of toWordHtml), each figure a button: activating
 * it hands the figure to `onFigure`, which lists its rows (and selects them in Excel).
 */
export function ReportView({
  model,
  active,
  onFigure,
}: {
  model: ReportModel;
  active?: Figure;
  onFigure: (figure: Figure) => void;
}) {
  const styles = useStyles();
  const runView = (run: Run, key: number, figures: readonly Figure[]) => {
    let content = <>{keepTogether(run.text)}</>;
    if (run.italic) content = <i>{content}</i>;
    if (run.bold) content = <b>{content}</b>;
    if (run.figure === undefined) return <span key={key}>{content}</span>;
    const figure = figures[run.figure];
    return (
      <button
        key={key}
        type="button"
        className={`${styles.figure} ${figure === active ? styles.active : ""}`}
        aria-pressed={figure === active}
        data-figure={run.figure}
        onClick={() => onFigure(figure)}
      >
        {content}
      </button>
    );
  };
  return (
    <div lang="vi">
      <p style={HEADING}>{model.title.map((r, i) => runView(r, i, []))}</p>
      {model.paragraphs.map((p) => (
        <p key={p.id} style={PARAGRAPH} data-paragraph={p.id}>
          {p.runs.map((r, i) => runView(r, i, p.figures))}
        </p>
      ))}
    </div>
  );
}
