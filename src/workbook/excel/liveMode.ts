import type { Door, ExcelRun } from "./door";
import { PortError } from "../port";
import { FEATURE_SETS } from "./requirements";

/**
 * Live mode: `worksheets.onChanged` (ExcelApi 1.9) collected and debounced, so a user typing a
 * row triggers one re-check a moment after they stop, not one per keystroke.
 */
export async function watchSheets(
  door: Door,
  run: ExcelRun,
  listener: (sheets: string[]) => void,
  debounceMs: number
): Promise<() => Promise<void>> {
  if (!door.req.has("liveMode"))
    throw new PortError("unsupported", "Live mode needs ExcelApi 1.9", {
      requirement: `ExcelApi ${FEATURE_SETS.liveMode}`,
    });
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const flush = async (): Promise<void> => {
    timer = undefined;
    const ids = new Set(changed);
    changed.clear();
    if (stopped || ids.size === 0) return;
    try {
      const names = await door.batch(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/id,items/name");
        await context.sync();
        return sheets.items.filter((ws) => ids.has(ws.id)).map((ws) => ws.name);
      });
      if (!stopped && names.length > 0) listener(names);
    } catch {
      // A sheet list we cannot read now (edit mode, closing workbook): the next edit retries.
    }
  };

  const registration = await door.batch(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async (event) => {
      changed.add(event.worksheetId);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), debounceMs);
    });
    await context.sync();
    return handler;
  });

  return async () => {
    stopped = true;
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
