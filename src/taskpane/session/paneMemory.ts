import type { Severity } from "../../core/findings/finding";
import type { RawWorkbook } from "../../core/sheets/rawSheet";

/**
 * What the pane remembers across a reload (Excel on the web reloads idle add-ins): the tab, the
 * filter, whether a check had run, and in the standalone page the open workbook itself when it
 * is small enough for sessionStorage. Dismissals and report fields live in the workbook settings.
 */
export interface PaneMemory {
  tab?: "check" | "report" | "templates" | "rollup";
  severity?: Severity | "all";
  /** A check had run: run it again on reload. */
  checked?: boolean;
  /** Live mode was on. */
  autoCheck?: boolean;
  /** Cells fixed in the page's workbook and not yet downloaded (standalone). */
  unsaved?: number;
  standalone?: {
    name: string;
    raw: RawWorkbook;
    settingsJson?: string;
    /** The .xlsx as opened (base64), when small: the download after a reload patches it. */
    original?: string;
  };
}

const KEY = "ocop.pane";
/** sessionStorage holds about 5 MB per origin; stay well under it. */
const MAX_CHARS = 2_000_000;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function recall(): PaneMemory {
  try {
    const text = storage()?.getItem(KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    return typeof parsed === "object" && parsed !== null ? (parsed as PaneMemory) : {};
  } catch {
    return {};
  }
}

export function remember(patch: Partial<PaneMemory>): void {
  const next = { ...recall(), ...patch };
  try {
    let text = JSON.stringify(next);
    // Too big: first without the file's bytes (the download then rebuilds it), then without it.
    if (text.length > MAX_CHARS && next.standalone?.original)
      text = JSON.stringify({ ...next, standalone: { ...next.standalone, original: undefined } });
    if (text.length > MAX_CHARS) text = JSON.stringify({ ...next, standalone: undefined });
    storage()?.setItem(KEY, text);
  } catch {
    // Storage blocked or full: the pane still works, it just forgets on reload.
  }
}
