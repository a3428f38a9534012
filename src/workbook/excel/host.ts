/**
 * Is there an Office host? `Office.onReady` never resolves in some plain-browser setups, so it is
 * raced against a timeout: past it, the pane runs standalone. This is the only place the pane's
 * start-up touches Office.js.
 */
import type { HostInfo, OfficeThemeColors } from "../hostInfo";

export type { HostInfo, OfficeThemeColors };

/** Office-bound part, injectable for tests. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: string; officeTheme?: OfficeThemeColors };
}

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined"
    ? undefined
    : (navigator.languages?.[0] ?? navigator.language);
}

/**
 * Excel or standalone, decided within `timeoutMs`. Office.js can be slow to load inside Excel on
 * a slow machine or link: when it reports Excel only after the timeout, `onLateExcel` is called
 * so the pane can switch over instead of staying standalone for the session.
 */
export async function detectHost(
  timeoutMs = 1500,
  office: OfficeGlobal | undefined = (globalThis as { Office?: OfficeGlobal }).Office,
  onLateExcel?: (host: HostInfo) => void
): Promise<HostInfo> {
  const standalone: HostInfo = { kind: "standalone", displayLanguage: browserLanguage() };
  if (!office || typeof office.onReady !== "function") return standalone;
  const excel = office.HostType?.Excel ?? "Excel";
  const asHost = (info: { host: unknown } | undefined): HostInfo => {
    if (!info || info.host !== excel) return standalone;
    const context = office.context;
    return {
      kind: "excel",
      displayLanguage: context?.displayLanguage ?? browserLanguage(),
      theme: context?.officeTheme ?? undefined,
    };
  };
  const ready = office.onReady().catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const first = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  if (first !== "timeout") return asHost(first);
  if (onLateExcel) {
    void ready.then((info) => {
      const late = asHost(info);
      if (late.kind === "excel") onLateExcel(late);
    });
  }
  return standalone;
}
