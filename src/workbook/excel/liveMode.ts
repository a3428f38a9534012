import { SETTINGS_SHEET } from "./settingsStore";
import type { Door, ExcelRun } from "./door";
import { PortError } from "../port";
import type { LiveCache } from "./liveCache";
import { FEATURE_SETS } from "./requirements";

/** `WorksheetChangedEventArgs` as far as live mode reads it (index.d.ts:35331). */
interface ChangeEvent {
  worksheetId: string;
  address?: string;
  changeType?: string;
  source?: string;
  triggerSource?: string;
}

/** Rows of a changed address ("B2", "B2:D9", "3:5"); undefined for whole columns and the like. */
export function changedRows(address: string): [number, number] | undefined {
  const m = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/i.exec(address.trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = m[2] ? Number(m[2]) : first;
  return [Math.min(first, last), Math.max(first, last)];
}

/**
 * Live mode: `worksheets.onChanged` (ExcelApi 1.9) collected and debounced, so a user typing a
 * row triggers one re-check a moment after they stop, not one per keystroke. The event fires for
 * the add-in's own writes and for co-authors' edits too (`source`, `triggerSource`,
 * index.d.ts:35359, 35389): those change the cache's rows but call nobody. The edited rows go into
 * `cache`, so the next read fetches only them (readChanged.ts). One sync per debounced call (the
 * sheet names of the ids).
 */
export async function watchSheets(
  door: Door,
  run: ExcelRun,
  listener: (sheets: string[]) => void,
  debounceMs: number,
  cache: LiveCache
): Promise<() => Promise<void>> {
  if (!door.req.has("liveMode"))
    throw new PortError("unsupported", "Live mode needs ExcelApi 1.9", {
      requirement: `ExcelApi ${FEATURE_SETS.liveMode}`,
    });
  const events: ChangeEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const flush = async (): Promise<void> => {
    timer = undefined;
    const batch = events.splice(0);
    if (stopped || batch.length === 0) return;
    let nameOf: Map<string, string>;
    try {
      nameOf = await door.batch(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/id,items/name");
        await context.sync();
        return new Map(sheets.items.map((ws) => [ws.id, ws.name]));
      });
    } catch {
      // A sheet list we cannot read now (edit mode, closing workbook): read whole next time.
      cache.invalidate();
      return;
    }
    const notify = new Set<string>();
    for (const e of batch) {
      const name = nameOf.get(e.worksheetId);
      if (name === undefined) {
        cache.invalidate(); // a sheet deleted since
        continue;
      }
      if (name === SETTINGS_SHEET) continue;
      const rows = e.changeType === "RangeEdited" ? changedRows(e.address ?? "") : undefined;
      if (rows) cache.markRows(name, rows[0], rows[1]);
      else cache.invalidate(); // rows or columns inserted or deleted: positions moved
      const own = e.triggerSource === "ThisLocalAddin" || cache.isOwnWrite(name, e.address ?? "");
      if (!own && e.source !== "Remote") notify.add(name);
    }
    if (!stopped && notify.size > 0) listener([...notify]);
  };

  const registration = await door.batch(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async (event) => {
      events.push(event);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), debounceMs);
    });
    await context.sync();
    return handler;
  });
  cache.listening = true;

  return async () => {
    stopped = true;
    cache.listening = false;
    cache.invalidate();
    if (timer) clearTimeout(timer);
    await run(
      async (context) => {
        registration.remove();
        await context.sync();
      },
      { context: registration.context }
    );
  };
}
