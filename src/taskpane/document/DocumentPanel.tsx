import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import {
  buildDocument,
  toDocumentHtml,
  toDocumentText,
  type Appendix,
} from "../../core/report/document";
import type { ReportModel, ReportOptions } from "../../core/report/model";
import { copyPlain, copyRich, type CopyOutcome } from "../copyRich";
import { download, DOCX_TYPE } from "../download";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { ConfirmCopy, type LeftOutGate } from "../tabs/report/useLeftOutGate";
import { appendixClipboard } from "./appendixClipboard";
import { BlankList } from "./BlankList";
import { DocumentForm } from "./DocumentForm";
import { DocumentView } from "./DocumentView";
import { NoticeAt, useActionNotice, type ActionNotice } from "./notice";
import { useDocumentForm } from "./useDocumentForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // A sheet of paper: white and black in both themes, as Word shows it.
  paper: {
    backgroundColor: "#ffffff",
    color: "#000000",
    padding: "16px 10px 16px 18px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    maxHeight: "60vh",
    overflowY: "auto",
    // The blank the list went to.
    "& mark[data-found]": { outline: "2px solid #0f6cbd", outlineOffset: "1px" },
  },
});

/**
 * "Toàn văn báo cáo" (issue 11): the whole document built from the checked workbook and the
 * document settings, its blanks listed, copied or downloaded as a whole, each appendix copied on
 * its own. Messages stand beside the button used and go when anything else happens.
 */
export function DocumentPanel({
  model,
  tables,
  options,
  gate,
}: {
  model: ReportModel;
  /** The appendices of the year: none means the workbook has no data for it. */
  tables: Appendix[];
  options: ReportOptions;
  gate: LeftOutGate;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const form = useDocumentForm();
  const doc = useMemo(
    () => buildDocument(model, form.effective, tables),
    [model, form.effective, tables]
  );
  // Built before any click: a copy must happen synchronously inside the click handler.
  const html = useMemo(() => toDocumentHtml(doc), [doc]);
  const text = useMemo(() => toDocumentText(doc), [doc]);
  const { notice, say } = useActionNotice(`${html}|${lang}`);
  const paper = useRef<HTMLDivElement>(null);
  const noData = tables.length === 0;
  const canDownload = session.port?.capabilities.canDownload !== false;

  /** Runs an action unless the year has no data, in which case it says so, there. */
  const act = (where: string, run: () => void) => {
    say(undefined);
    if (noData)
      return say({ where, intent: "info", text: t("document.noData", { year: model.year }) });
    run();
  };
  const copied =
    (where: string, ok: string) =>
    (outcome: CopyOutcome): void =>
      say(
        outcome === "failed"
          ? { where, intent: "warning", text: t("report.copyFailed") }
          : ({ where, intent: "success", text: ok } satisfies ActionNotice)
      );
  const copyWhole = (kind: "rich" | "plain") =>
    act("document", () =>
      gate.ask(
        "document",
        () =>
          void (kind === "rich" ? copyRich(html, text) : copyPlain(text)).then(
            copied("document", t(kind === "rich" ? "document.copied" : "document.copiedText"))
          )
      )
    );
  const downloadDocx = () =>
    act("document", async () => {
      try {
        const { toDocumentDocx } = await import("../../core/report/document/toDocumentDocx");
        download(await toDocumentDocx(doc), t("file.document", { year: doc.year }), DOCX_TYPE);
      } catch (err) {
        say({
          where: "document",
          intent: "error",
          text: t("report.docxFailed", { detail: String(err) }),
        });
      }
    });
  const goToBlank = (index: number) => {
    say(undefined);
    const marks = paper.current?.querySelectorAll<HTMLElement>("mark[data-blank]");
    const target = marks?.[index];
    if (!target) return;
    marks.forEach((m) => delete m.dataset.found);
    target.dataset.found = "";
    target.scrollIntoView?.({ block: "center", behavior: "smooth" });
    target.focus({ preventScroll: true });
  };

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => copyWhole("rich")}>
          {t("document.copyWord")}
        </Button>
        <Button onClick={() => copyWhole("plain")}>{t("document.copyText")}</Button>
        {canDownload && <Button onClick={downloadDocx}>{t("document.docx")}</Button>}
      </div>
      {!canDownload && (
        <Text size={200} block data-testid="no-download">
          {t("document.noDownload")}
        </Text>
      )}
      <ConfirmCopy gate={gate} where="document" />
      <NoticeAt where="document" notice={notice} />

      {noData ? (
        <Text block data-testid="document-no-data">
          {t("report.empty", { year: model.year })}
        </Text>
      ) : (
        <BlankList blanks={doc.blanks} onBlank={goToBlank} />
      )}

      <DocumentForm
        form={form}
        province={options.province}
        agency={options.agency}
        year={model.year}
      />

      {!noData && tables.length > 0 && (
        <section aria-label={t("document.appendices")}>
          <Text as="h2" size={400} weight="semibold" block>
            {t("document.appendices")}
          </Text>
          {tables.map((a) => {
            const where = `appendix-${a.number}`;
            const copyTable = () =>
              act(where, () => {
                const { html: h, text: x } = appendixClipboard(a);
                void copyRich(h, x).then(
                  copied(where, t("document.copiedAppendix", { number: a.number }))
                );
              });
            return (
              <div key={a.number} className={styles.root}>
                <div className={styles.actions}>
                  <Button size="small" onClick={copyTable}>
                    {t("document.copyAppendix", { number: a.number })}
                  </Button>
                </div>
                <NoticeAt where={where} notice={notice} />
              </div>
            );
          })}
        </section>
      )}

      {!noData && (
        <section aria-label={t("document.preview")}>
          <Text as="h2" size={400} weight="semibold">
            {t("document.preview")}
          </Text>
          <div
            ref={paper}
            className={styles.paper}
            data-testid="document-preview"
            // Focusable so a keyboard user can scroll it and select it to copy by hand.
            tabIndex={0}
            role="document"
            aria-label={t("document.preview")}
          >
            <DocumentView doc={doc} />
          </div>
        </section>
      )}
    </div>
  );
}
