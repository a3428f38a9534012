import type { CSSProperties, ReactNode } from "react";
import type { Appendix, DocLine, DocRun, DocumentModel } from "../../core/report/document";
import { keepTogether } from "../../core/report/noBreak";
import { PARAGRAPH_FORMAT as F } from "../../core/report/paragraphFormat";

/**
 * The pane is about 350 px wide: the page is drawn at this share of Word's point sizes so the
 * header's two columns keep most of their lines, and the proportions between sizes stay ND 30's.
 */
const SCALE = 0.75;
const pt = (size: number) => `${size * SCALE}pt`;

const centred = (size: number): CSSProperties => ({
  margin: 0,
  textAlign: "center",
  fontSize: pt(size),
});
const BODY: CSSProperties = {
  margin: 0,
  marginBottom: pt(F.spaceAfterPt),
  textAlign: "justify",
  textIndent: `${F.firstLineIndentCm * SCALE}cm`,
  lineHeight: `${Math.round(F.lineSpacing * 100)}%`,
  fontSize: pt(F.sizePt),
};
const RULED: CSSProperties = { borderBottom: "1px solid #000", display: "inline-block" };
const CELL: CSSProperties = {
  border: "1px solid #000",
  padding: "1px 3px",
  fontSize: pt(12),
  verticalAlign: "top",
};
// Yellow as in the .docx and the HTML copy; an outline marks the blank the list went to.
const BLANK: CSSProperties = { backgroundColor: "#ffff00", color: "#000" };

function RunView({ run }: { run: DocRun }) {
  let content: ReactNode = keepTogether(run.text);
  if (run.italic) content = <i>{content}</i>;
  if (run.bold) content = <b>{content}</b>;
  if (!run.blank) return <>{content}</>;
  // Focusable by script only: the blanks list moves the reader here.
  return (
    <mark data-blank={run.text.slice(1, -1)} tabIndex={-1} style={BLANK}>
      {content}
    </mark>
  );
}

const Line = ({ line }: { line: DocLine }) => (
  <>
    {line.map((r, i) => (
      <RunView key={i} run={r} />
    ))}
  </>
);

function TwoColumns({
  left,
  right,
  leftPercent,
}: {
  left: ReactNode;
  right: ReactNode;
  leftPercent: number;
}) {
  const td = (content: ReactNode, width: number) => (
    <td style={{ width: `${width}%`, verticalAlign: "top", padding: 0, border: "none" }}>
      {content}
    </td>
  );
  return (
    <table role="presentation" style={{ width: "100%", borderCollapse: "collapse" }}>
      <tbody>
        <tr>
          {td(left, leftPercent)}
          {td(right, 100 - leftPercent)}
        </tr>
      </tbody>
    </table>
  );
}

function AppendixView({ appendix }: { appendix: Appendix }) {
  return (
    <section data-appendix={appendix.number} style={{ marginTop: pt(18) }}>
      <p style={{ ...centred(14), fontWeight: "bold", marginBottom: pt(6) }}>{appendix.title}</p>
      <table style={{ width: "100%", borderCollapse: "collapse" }}>
        <thead>
          <tr>
            {appendix.columns.map((c) => (
              <th key={c} scope="col" style={CELL}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {appendix.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) => (
                <td key={i} style={CELL}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The whole document as Word lays it out (toDocumentDocx, toDocumentHtml), in React: cell text
 * stays text. Every blank is a `mark[data-blank]`, in the order of the model's `blanks`, so the
 * blanks list can move the reader to the n-th one.
 */
export function DocumentView({ doc }: { doc: DocumentModel }) {
  const h = doc.header;
  return (
    <div
      lang="vi"
      style={{ fontFamily: `'${F.font}', serif`, fontSize: pt(F.sizePt), lineHeight: 1.2 }}
    >
      <TwoColumns
        leftPercent={40}
        left={
          <>
            <p style={centred(13)}>
              <Line line={h.parentAgency} />
            </p>
            <p style={{ ...centred(13), fontWeight: "bold" }}>
              <span style={RULED}>
                <Line line={h.agency} />
              </span>
            </p>
            <p style={{ ...centred(13), marginTop: pt(6) }}>
              <Line line={h.number} />
            </p>
          </>
        }
        right={
          <>
            <p style={{ ...centred(13), fontWeight: "bold" }}>{h.nation}</p>
            <p style={{ ...centred(14), fontWeight: "bold" }}>
              <span style={RULED}>{h.motto}</span>
            </p>
            <p style={{ ...centred(14), fontStyle: "italic", marginTop: pt(6) }}>
              <Line line={h.placeAndDate} />
            </p>
          </>
        }
      />
      <div style={{ margin: `${pt(12)} 0` }}>
        <p style={{ ...centred(14), fontWeight: "bold" }}>{doc.kind}</p>
        {doc.summary.map((l, i) => (
          <p key={i} style={{ ...centred(14), fontWeight: "bold" }}>
            <Line line={l} />
          </p>
        ))}
      </div>
      {doc.body.map((p, i) => (
        <p key={i} style={p.kind === "heading" ? { ...BODY, fontWeight: "bold" } : BODY}>
          <Line line={p.runs} />
        </p>
      ))}
      <TwoColumns
        leftPercent={50}
        left={
          <>
            <p style={{ margin: 0, fontSize: pt(12), fontWeight: "bold", fontStyle: "italic" }}>
              {doc.recipients.heading}
            </p>
            {doc.recipients.lines.map((l, i) => (
              <p key={i} style={{ margin: 0, fontSize: pt(11) }}>
                <Line line={l} />
              </p>
            ))}
          </>
        }
        right={
          <>
            {doc.signature.role.map((l, i) => (
              <p key={i} style={{ ...centred(14), fontWeight: "bold" }}>
                <Line line={l} />
              </p>
            ))}
            <p style={{ ...centred(14), fontWeight: "bold", marginTop: pt(42) }}>
              <Line line={doc.signature.name} />
            </p>
          </>
        }
      />
      {doc.appendices.map((a) => (
        <AppendixView key={a.number} appendix={a} />
      ))}
    </div>
  );
}
