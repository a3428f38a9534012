import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Toolbar,
  ToolbarButton,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { renderMessage } from "../../core/messages";
import { cellAddress } from "../../core/sheets/address";
import { findingKey, type CellRef, type Finding, type Severity } from "../../core/rules/finding";
import { CellPreview } from "../check/CellPreview";
import { findingRows, sheetSummary, type ListRow } from "../check/findingRows";
import { FindingsList } from "../check/FindingsList";
import { FixDialog, fixesOf, type FixPreview } from "../check/FixDialog";
import { OpenWorkbook } from "../check/OpenWorkbook";
import { shownValue } from "../check/shownValue";
import { download, XLSX_TYPE } from "../download";
import { useI18n, type MessageKey, type Translate } from "../i18n";
import { countText } from "../i18n/counts";
import { withExcelVersions } from "../i18n/requirement";
import type { HighlightResult } from "../../workbook/port";
import { recall, remember } from "../session/paneMemory";
import { usePaneSession } from "../session/PaneSession";
import type { ExportLabels } from "../../workbook/exportFindings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  detail: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  toolbar: { flexWrap: "wrap" },
  fullValue: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  number: { textAlign: "end" },
  numberHead: { "& > button, & > div": { justifyContent: "flex-end" }, textAlign: "end" },
  filters: { flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  filter: { whiteSpace: "nowrap" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // While a re-check runs the last results stay, dimmed, so live mode does not flicker.
  stale: { opacity: 0.6 },
});

type Filter = Severity | "all";
const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function CheckTab() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const { result, status, port } = session;
  const [filter, setFilter] = useState<Filter>(() => recall().severity ?? "all");
  // The chosen finding by identity, not by position: a re-check reorders and drops rows.
  const [activeKey, setActiveKey] = useState<string>();
  // Kept as catalogue keys, not words: a language switch must re-word the notice on show.
  const [notice, setNotice] = useState<Notice>();
  const [pending, setPending] = useState<FixPreview[]>();
  const [doorCall, setDoorCall] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const [focusAsked, askFocus] = useState(0);

  const rows = useMemo(() => findingRows(result?.findings ?? [], filter), [result, filter]);
  const active = useMemo(() => indexOfKey(rows, activeKey), [rows, activeKey]);
  const activeRow = active !== undefined ? rows[active] : undefined;
  const current: Finding | undefined =
    activeRow?.kind === "finding" ? activeRow.finding : undefined;
  const busy = session.busy;

  // After an action removes the control that had focus, focus goes to the list (or, with no
  // findings left, the check button) rather than falling to the page.
  useEffect(() => {
    if (focusAsked === 0) return;
    (listRef.current ?? runButton.current)?.focus();
  }, [focusAsked]);
  const refocus = () => askFocus((n) => n + 1);

  // The fix preview has no Fluent trigger to hand focus back to, so it goes back by hand:
  // to the button that opened it, or the list if that button is gone.
  const opener = useRef<HTMLElement | null>(null);
  const [closedAsked, askClosed] = useState(0);
  useEffect(() => {
    if (closedAsked === 0) return;
    const back = opener.current?.isConnected ? opener.current : undefined;
    (back ?? listRef.current ?? runButton.current)?.focus();
  }, [closedAsked]);
  const preview = (fixes: FixPreview[]) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(fixes);
  };
  const cancelPreview = () => {
    setPending(undefined);
    askClosed((n) => n + 1);
  };

  /** The finding after the chosen one (or before it, at the end), to choose once it is gone. */
  const neighbourKey = (): string | undefined => {
    if (active === undefined) return undefined;
    const after = rows.slice(active + 1).find((r) => r.kind === "finding");
    const before = rows
      .slice(0, active)
      .reverse()
      .find((r) => r.kind === "finding");
    const next = after ?? before;
    return next?.kind === "finding" ? findingKey(next.finding) : undefined;
  };

  /** Highlight and clear wait for the door; a second click meanwhile would race the first. */
  const throughDoor = async (call: () => Promise<void>) => {
    setDoorCall(true);
    try {
      await call();
    } finally {
      setDoorCall(false);
    }
  };
  const allFixes = useMemo(() => fixesOf(result?.findings ?? []), [result]);
  const summary = useMemo(() => {
    if (!result) return [];
    const found = Object.values(result.typed.locations).map((l) => l!.sheet);
    return sheetSummary(result.findings, found);
  }, [result]);

  const chooseFilter = (next: Filter) => {
    setFilter(next);
    setActiveKey(undefined);
    remember({ severity: next });
  };

  const run = async () => {
    setNotice(undefined);
    await session.check();
  };

  /** A download that fails (an unwritable workbook, a blocked browser) says so in the pane. */
  const saying = (job: () => Promise<void>) => () => void job().catch(session.showProblem);

  const exportAs = async (kind: "xlsx" | "csv") => {
    const findings = result?.findings ?? [];
    const exporter = await import("../../workbook/exportFindings");
    const base = t("file.findings");
    const labels = exportLabels(t);
    if (kind === "csv")
      download(
        exporter.findingsToCsv(findings, lang, labels),
        `${base}.csv`,
        "text/csv;charset=utf-8"
      );
    else download(await exporter.findingsToXlsx(findings, lang, labels), `${base}.xlsx`, XLSX_TYPE);
  };

  const downloadWorkbook = async () => {
    if (!port?.toXlsx) return;
    const name = (session.source ?? "workbook.xlsx").replace(/\.xlsx$/i, "");
    download(await port.toXlsx(), `${name}${t("file.fixedSuffix")}.xlsx`, XLSX_TYPE);
  };

  const apply = async () => {
    const fixes = pending ?? [];
    setPending(undefined);
    // Fixing the chosen finding alone moves on to the next one; after "fix all" the re-check
    // keeps the choice only if that finding is still there.
    const only = fixes.length === 1 ? fixes[0] : undefined;
    if (
      current &&
      only &&
      only.sheet === current.sheet &&
      only.row === current.row &&
      only.column === current.column
    )
      setActiveKey(neighbourKey());
    if (await session.applyFixes(fixes))
      setNotice([{ key: "fix.done", params: { count: fixes.length } }]);
    refocus();
  };

  const progressText = (): string => {
    if (status === "opening") return t("open.opening");
    if (status === "checking") return t("check.checking");
    const p = session.progress;
    return p && p.total > 0
      ? t("check.readingCount", { done: p.done, total: p.total })
      : t("check.reading");
  };

  const shown = session.shown;
  const neighbours =
    current &&
    port?.cellWindow &&
    shown &&
    shown.sheet === current.sheet &&
    shown.row === current.row &&
    shown.column === current.column
      ? port.cellWindow(shown)
      : undefined;

  return (
    <div className={styles.root}>
      {session.host === "standalone" && <OpenWorkbook />}
      {session.host === "excel" && !result && <Text>{t("check.excelIntro")}</Text>}
      {port && (
        <div className={styles.row}>
          <Button ref={runButton} appearance="primary" disabled={busy} onClick={() => void run()}>
            {result ? t("check.rerun") : t("check.run")}
          </Button>
        </div>
      )}
      {port?.onSheetsChanged &&
        (port.capabilities.liveMode ? (
          <Switch
            checked={session.autoCheck}
            onChange={(_, d) => session.setAutoCheck(d.checked)}
            label={t("check.autoCheck")}
          />
        ) : (
          port.capabilities.missing.liveMode && (
            <Text size={200}>
              {t("capability.liveMode", {
                requirement: withExcelVersions(port.capabilities.missing.liveMode, t),
              })}
            </Text>
          )
        ))}
      {busy && (
        <Field validationMessage={progressText()} validationState="none">
          <ProgressBar
            aria-label={t("check.progress")}
            value={
              status === "reading" && session.progress && session.progress.total > 0
                ? session.progress.done / session.progress.total
                : undefined
            }
          />
        </Field>
      )}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice.map((n) => t(n.key, n.params)).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <div
          className={mergeClasses(styles.results, busy && styles.stale)}
          aria-busy={busy}
          data-testid="results"
        >
          <section aria-label={t("summary.title")}>
            <Text as="h2" size={400} weight="semibold">
              {t("summary.title")}
            </Text>
            <Table size="small" aria-label={t("summary.title")} data-testid="summary">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("summary.sheet")}</TableHeaderCell>
                  {SEVERITIES.map((s) => (
                    <TableHeaderCell key={s} className={styles.numberHead}>
                      {t(`severity.${s}` as MessageKey)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {summary.map((row) => (
                  <TableRow key={row.sheet}>
                    <TableCell>{row.sheet}</TableCell>
                    {SEVERITIES.map((s) => (
                      <TableCell key={s} className={styles.number}>
                        {countText(lang, row[s])}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>
                    <strong>{t("summary.total")}</strong>
                  </TableCell>
                  {SEVERITIES.map((s) => (
                    <TableCell key={s} className={styles.number} data-testid={`total-${s}`}>
                      <strong>{countText(lang, result.summary[s])}</strong>
                    </TableCell>
                  ))}
                </TableRow>
              </TableBody>
            </Table>
            {result.dismissedCount > 0 && (
              <Text size={200} block>
                {result.dismissedCount === 1
                  ? t("check.dismissedCountOne")
                  : t("check.dismissedCount", { count: result.dismissedCount })}
              </Text>
            )}
            {session.settings.dismissed.length > 0 && (
              <Button
                size="small"
                disabled={busy}
                onClick={async () => {
                  setNotice(undefined);
                  await session.restoreDismissed();
                  refocus();
                }}
              >
                {session.settings.dismissed.length === 1
                  ? t("check.restoreDismissedOne")
                  : t("check.restoreDismissed", { count: session.settings.dismissed.length })}
              </Button>
            )}
          </section>

          {result.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("check.clean")}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Field label={t("filter.label")}>
                <RadioGroup
                  layout="horizontal"
                  className={styles.filters}
                  value={filter}
                  onChange={(_, d) => chooseFilter(d.value as Filter)}
                >
                  <Radio
                    value="all"
                    className={styles.filter}
                    label={t("filter.all", { count: result.findings.length })}
                  />
                  {SEVERITIES.map((s) => (
                    <Radio
                      key={s}
                      value={s}
                      className={styles.filter}
                      label={t(`filter.${s}` as MessageKey, { count: result.summary[s] })}
                    />
                  ))}
                </RadioGroup>
              </Field>
              {rows.length === 0 ? (
                <Text>{t("list.none")}</Text>
              ) : (
                <FindingsList
                  rows={rows}
                  active={active}
                  listRef={listRef}
                  onActiveChange={(i) => {
                    const row = rows[i];
                    setActiveKey(row?.kind === "finding" ? findingKey(row.finding) : undefined);
                    if (row?.kind === "finding" && session.host === "standalone")
                      void session.select(row.finding);
                  }}
                  onOpen={(f) => void session.select(f)}
                />
              )}
              {current && (
                <section
                  className={styles.detail}
                  aria-label={t("finding.detail")}
                  data-testid="finding-detail"
                >
                  <Text weight="semibold">
                    {t(`severity.one.${current.severity}` as MessageKey)} ·{" "}
                    {cellAddress(current.sheet, current.row, current.column)}
                  </Text>
                  <Text>{renderMessage(current, lang)}</Text>
                  {/* The whole value, wrapped: the list and the cell preview cut long text. */}
                  <Text size={200} className={styles.fullValue} data-testid="finding-value">
                    {t("finding.value", {
                      value: shownValue(current.value, t("finding.empty"), Infinity),
                    })}
                  </Text>
                  {current.suggestion !== undefined && (
                    <Text size={200}>
                      {t("finding.suggestion", { suggestion: current.suggestion })}
                    </Text>
                  )}
                  <Text size={100}>{t("finding.code", { code: current.code })}</Text>
                  <div className={styles.row}>
                    <Button size="small" onClick={() => void session.select(current)}>
                      {session.host === "excel" ? t("finding.goto") : t("finding.show")}
                    </Button>
                    {current.fixable && current.suggestion !== undefined && (
                      <Button size="small" onClick={() => preview(fixesOf([current]))}>
                        {t("finding.fix")}
                      </Button>
                    )}
                    <Button
                      size="small"
                      onClick={async () => {
                        setActiveKey(neighbourKey());
                        await session.dismiss(current);
                        setNotice([{ key: "finding.dismissed" }]);
                        refocus();
                      }}
                    >
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
              )}
            </>
          )}

          {port?.capabilities.missing.highlight && (
            <Text size={200}>
              {t("capability.highlight", {
                requirement: withExcelVersions(port.capabilities.missing.highlight, t),
              })}
            </Text>
          )}
          <Toolbar aria-label={t("actions.label")} className={styles.toolbar} size="small">
            {port?.capabilities.highlight && result.findings.length > 0 && (
              <ToolbarButton
                disabled={doorCall}
                onClick={() =>
                  void throughDoor(async () => {
                    const r = await session.highlight(result.findings);
                    if (r) setNotice(highlightNotice(r));
                  })
                }
              >
                {t("actions.highlight")}
              </ToolbarButton>
            )}
            {port?.capabilities.highlight && (
              <ToolbarButton
                disabled={doorCall}
                onClick={() =>
                  void throughDoor(async () => {
                    const r = await session.clearHighlights();
                    if (r)
                      setNotice(
                        r.protectedSheets?.length
                          ? [
                              {
                                key: "highlight.clearedExcept",
                                params: { sheets: r.protectedSheets.join(", ") },
                              },
                            ]
                          : [{ key: "highlight.cleared" }]
                      );
                  })
                }
              >
                {t("actions.clear")}
              </ToolbarButton>
            )}
            {allFixes.length > 0 && (
              <ToolbarButton onClick={() => preview(allFixes)}>
                {t("actions.fixAll", { count: allFixes.length })}
              </ToolbarButton>
            )}
            {session.canUndo && (
              <ToolbarButton
                onClick={async () => {
                  await session.undo();
                  setNotice([{ key: "fix.undone" }]);
                  refocus();
                }}
              >
                {t("actions.undo")}
              </ToolbarButton>
            )}
            {result.findings.length > 0 && (
              <>
                <ToolbarButton onClick={saying(() => exportAs("xlsx"))}>
                  {t("actions.exportXlsx")}
                </ToolbarButton>
                <ToolbarButton onClick={saying(() => exportAs("csv"))}>
                  {t("actions.exportCsv")}
                </ToolbarButton>
              </>
            )}
            {port?.toXlsx && (
              <ToolbarButton onClick={saying(downloadWorkbook)}>
                {t("actions.download")}
              </ToolbarButton>
            )}
          </Toolbar>
        </div>
      )}
      <FixDialog fixes={pending} onApply={() => void apply()} onCancel={cancelPreview} />
    </div>
  );
}

/** The export's words from the pane's catalogue. */
function exportLabels(t: Translate): ExportLabels {
  return {
    sheetName: t("export.sheetName"),
    headers: [
      t("export.sheet"),
      t("export.cell"),
      t("export.severity"),
      t("export.code"),
      t("export.value"),
      t("export.message"),
      t("export.suggestion"),
    ],
    severity: {
      error: t("severity.one.error"),
      warning: t("severity.one.warning"),
      info: t("severity.one.info"),
    },
  };
}

/** The cells of `sheet` the last "highlight" marked, as "D7". */
function markedCells(cells: readonly CellRef[], sheet: string): Set<string> {
  const out = new Set<string>();
  for (const c of cells) if (c.sheet === sheet) out.add(`${c.column}${c.row}`);
  return out;
}

/** Where the finding with this key is in the list now; undefined once a re-check dropped it. */
function indexOfKey(rows: readonly ListRow[], key: string | undefined): number | undefined {
  if (key === undefined) return undefined;
  const at = rows.findIndex((r) => r.kind === "finding" && findingKey(r.finding) === key);
  return at < 0 ? undefined : at;
}

/** A status notice: sentences as catalogue keys, worded when shown. */
type Notice = { key: MessageKey; params?: Record<string, string | number> }[];

/** What a highlight did: the cap and protected sheets are different reasons. */
function highlightNotice(r: HighlightResult): Notice {
  const parts: Notice = [
    r.skipped > 0
      ? { key: "highlight.skipped", params: { marked: r.marked, skipped: r.skipped } }
      : { key: "highlight.done", params: { marked: r.marked } },
  ];
  if (r.protectedSheets?.length)
    parts.push({ key: "highlight.protected", params: { sheets: r.protectedSheets.join(", ") } });
  return parts;
}
