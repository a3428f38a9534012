import { Badge, makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { renderMessage } from "../../core/findings";
import type { Finding } from "../../core/findings/finding";
import { useI18n, type MessageKey } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import type { ListRow } from "./findingRows";
import { HEIGHT, keyMove, layoutRows, sheetOf, VIEWPORT, visibleRows } from "./listWindow";
import { findingName, findingPlace } from "./findingWords";
import { revealInPage } from "./revealInPage";
import { shownValue } from "./shownValue";

/** What the list's box leaves of the pane's height for a one-line sticky footer. */
const FOOTER_ROOM = 72;

const useStyles = makeStyles({
  offscreen: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  viewport: {
    // Nearly a screen tall: scrolled to the top of the page it shows a row and its opened
    // detail whole above a one-line sticky footer (revealInPage brings it there).
    height: `max(${VIEWPORT}px, calc(100vh - ${FOOTER_ROOM}px))`,
    overflowY: "auto",
    position: "relative",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  listbox: {
    position: "relative",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  detail: {
    position: "absolute",
    left: 0,
    right: 0,
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  row: {
    position: "absolute",
    left: 0,
    right: 0,
    boxSizing: "border-box",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    overflow: "hidden",
  },
  sheet: {
    display: "flex",
    alignItems: "center",
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  rule: {
    display: "flex",
    alignItems: "center",
    color: tokens.colorNeutralForeground2,
    paddingLeft: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    gap: "2px",
    paddingLeft: tokens.spacingHorizontalL,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  // The badge and the cell keep their width; only the value after them is cut (with "…").
  fixed: { flexShrink: 0 },
  line: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  message: {
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground2,
  },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingsListProps {
  rows: readonly ListRow[];
  /** Index in `rows` of the chosen finding. */
  active: number | undefined;
  onActiveChange(index: number): void;
  /** Enter or a click: go to the cell. */
  onOpen(finding: Finding): void;
  /** The listbox, for the tab to give it focus back after an action removed what had it. */
  listRef?: RefObject<HTMLDivElement | null>;
  /** The active finding in full, drawn in place under its row while it is open. */
  detail?: ReactNode;
}

/**
 * A listbox of findings, grouped by sheet (each group named by its heading) and under rule
 * headings. Only the rows in view are in the DOM; the listbox keeps focus and points at the
 * active option (aria-activedescendant), which is always scrolled into view and so always drawn.
 * The active finding opens in place: its detail sits under its row, beside the listbox in the
 * same scroller (a listbox may hold only options, so the detail's buttons stay outside it, next
 * in Tab order). Enter or a click opens it, Escape closes it; the arrows keep it open or closed.
 */
export function FindingsList({
  rows,
  active,
  onActiveChange,
  onOpen,
  listRef,
  detail,
}: FindingsListProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const session = usePaneSession();
  const id = useId("findings");
  const hintId = useId("findings-hint");
  const own = useRef<HTMLDivElement>(null);
  const listbox = listRef ?? own;
  const scroller = useRef<HTMLDivElement>(null);
  const detailBox = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [open, setOpen] = useState(true);
  const [detailHeight, setDetailHeight] = useState(0);

  const opened =
    open && detail !== undefined && active !== undefined && rows[active]?.kind === "finding"
      ? active
      : undefined;
  const { tops, total, findingIndexes } = useMemo(
    () =>
      layoutRows(rows, opened === undefined ? undefined : { after: opened, height: detailHeight }),
    [rows, opened, detailHeight]
  );
  const groupOf = useMemo(() => sheetOf(rows), [rows]);

  // Another workbook's list starts at its top (in Excel the port, and so the scroll, stays).
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [session.port]);

  // The detail's height decides where the rows below it go; it changes with its content.
  useLayoutEffect(() => {
    const el = detailBox.current;
    if (!el) return;
    const measure = () => setDetailHeight(el.offsetHeight);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, [opened]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || active === undefined || tops[active] === undefined) return;
    const top = tops[active];
    // An open finding brings its detail into view too, as much of it as fits under the row.
    const bottom = top + HEIGHT.finding + (opened === active ? detailHeight : 0);
    // Keep the heading above the first finding of a group in view too.
    if (top < el.scrollTop) el.scrollTop = Math.max(0, top - HEIGHT.sheet - HEIGHT.rule);
    else if (bottom > el.scrollTop + el.clientHeight)
      el.scrollTop = Math.min(top, bottom - el.clientHeight);
    // Then the page, so that the list's box shows the row and the detail, clear of the footer.
    const box = el.getBoundingClientRect();
    revealInPage(
      box.top + top - el.scrollTop,
      Math.min(box.bottom, box.top + bottom - el.scrollTop)
    );
  }, [active, tops, opened, detailHeight]);

  const visible = visibleRows(
    tops,
    scrollTop,
    active,
    scroller.current?.clientHeight || VIEWPORT
  );
  const groups = groupRows(visible, groupOf);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (findingIndexes.length === 0) return;
    if (event.key === "Escape" && opened !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      return;
    }
    if (event.key === "Enter" || event.key === " ") {
      const row = active === undefined ? undefined : rows[active];
      if (row?.kind === "finding") {
        event.preventDefault();
        setOpen(true);
        onOpen(row.finding);
      }
      return;
    }
    const at = active === undefined ? -1 : findingIndexes.indexOf(active);
    const next = keyMove(event.key, at, findingIndexes.length);
    if (next === undefined) return;
    event.preventDefault();
    onActiveChange(findingIndexes[next]);
  };

  const drawRow = (i: number) => {
    const row = rows[i];
    const style = { top: `${tops[i]}px`, height: `${HEIGHT[row.kind]}px` };
    if (row.kind === "sheet")
      return (
        <div
          key={i}
          id={`${id}-${i}`}
          role="presentation"
          className={mergeClasses(styles.row, styles.sheet)}
          style={style}
        >
          {t("group.sheet", { sheet: row.sheet, count: row.count })}
        </div>
      );
    if (row.kind === "rule")
      return (
        <div
          key={i}
          role="presentation"
          className={mergeClasses(styles.row, styles.rule)}
          style={style}
          title={row.code}
        >
          <Text size={200} truncate wrap={false}>
            {t(ruleKey(row.count, row.column !== undefined), {
              letter: row.letter,
              column: row.column ?? "",
              count: row.count,
            })}
          </Text>
        </div>
      );
    const f = row.finding;
    const message = renderMessage(f, lang);
    const address = findingPlace(f, t);
    return (
      <div
        key={i}
        id={`${id}-${i}`}
        role="option"
        aria-selected={i === active}
        aria-posinset={row.ordinal + 1}
        aria-setsize={findingIndexes.length}
        className={mergeClasses(styles.row, styles.finding, i === active && styles.active)}
        style={style}
        onClick={() => {
          onActiveChange(i);
          setOpen(true);
          onOpen(f);
        }}
      >
        <span className={styles.line}>
          {/* Heard, not seen: the name starts with severity, sheet, cell and column; the
              badge and the short address below say it to the eye. */}
          <span className={styles.offscreen}>{findingName(f, t)} </span>
          <Badge
            size="small"
            appearance="tint"
            color={SEVERITY_COLOR[f.severity]}
            className={styles.fixed}
            aria-hidden
          >
            {t(`severity.one.${f.severity}`)}
          </Badge>
          <Text weight="semibold" size={200} title={address} className={styles.fixed} aria-hidden>
            {f.column}
            {f.row}
          </Text>
          <Text size={200} truncate wrap={false}>
            {shownValue(f.value, t("finding.empty"))}
            {f.suggestion !== undefined && ` → ${shownValue(f.suggestion, "")}`}
          </Text>
        </span>
        <Text size={200} className={styles.message}>
          {message}
        </Text>
      </div>
    );
  };

  return (
    <>
      <Text id={hintId} size={200}>
        {t(session.host === "standalone" ? "list.hintStandalone" : "list.hint")}
      </Text>
      <div
        ref={scroller}
        className={styles.viewport}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="findings-scroller"
      >
        <div
          ref={listbox}
          className={styles.listbox}
          style={{ height: `${total}px` }}
          role="listbox"
          tabIndex={0}
          aria-label={t("list.label")}
          aria-describedby={hintId}
          aria-activedescendant={active !== undefined ? `${id}-${active}` : undefined}
          onKeyDown={move}
          onFocus={(e) => {
            if (e.target !== e.currentTarget) return;
            if (active === undefined && findingIndexes.length > 0) onActiveChange(findingIndexes[0]);
          }}
          data-testid="findings-list"
        >
          {groups.map(({ sheet, members }) => (
            // A sheet's rows in one group named by its heading (drawn even when scrolled away).
            <div key={sheet} role="group" aria-labelledby={`${id}-${sheet}`}>
              {members.map(drawRow)}
            </div>
          ))}
        </div>
        {opened !== undefined && (
          <div
            ref={detailBox}
            className={styles.detail}
            style={{ top: `${tops[opened] + HEIGHT.finding}px` }}
            onKeyDown={(e) => {
              // Escape inside the detail closes it and goes back to its row.
              if (e.key !== "Escape" || e.defaultPrevented) return;
              setOpen(false);
              listbox.current?.focus();
            }}
          >
            {detail}
          </div>
        )}
      </div>
    </>
  );
}

/** The drawn rows by sheet group, each group led by its heading so the group has its name. */
function groupRows(
  visible: readonly number[],
  groupOf: readonly number[]
): { sheet: number; members: number[] }[] {
  const bySheet = new Map<number, Set<number>>();
  for (const i of [...visible].sort((a, b) => a - b)) {
    const sheet = groupOf[i];
    let members = bySheet.get(sheet);
    if (!members) bySheet.set(sheet, (members = new Set([sheet])));
    members.add(i);
  }
  return [...bySheet].map(([sheet, members]) => ({ sheet, members: [...members] }));
}

/** A rule heading names its column when the finding says which it is, else only the letter. */
function ruleKey(count: number, named: boolean): MessageKey {
  if (named) return count === 1 ? "group.ruleOne" : "group.rule";
  return count === 1 ? "group.ruleLetterOne" : "group.ruleLetter";
}
