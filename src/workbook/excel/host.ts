/**
 * Is there an Office host? `Office.onReady` never resolves in some plain-browser setups, so it is
 * raced against a timeout: past it, the pane runs standalone. This is the only place the pane's
 * start-up touches Office.js.
 */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

export interface HostInfo {
  kind: "excel" | "standalone";
  /** BCP 47 tag of Office's display language (or the browser's outside Office). */
  displayLanguage: string | undefined;
  theme?: OfficeThemeColors;
}

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

export async function detectHost(
  timeoutMs = 1500,
  office: OfficeGlobal | undefined = (globalThis as { Office?: OfficeGlobal }).Office
): Promise<HostInfo> {
  const standalone: HostInfo = { kind: "standalone", displayLanguage: browserLanguage() };
  if (!office || typeof office.onReady !== "function") return standalone;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady().catch(() => undefined), timeout]);
    const excel = office.HostType?.Excel ?? "Excel";
    if (!info || info.host !== excel) return standalone;
    const context = office.context;
    return {
      kind: "excel",
      displayLanguage: context?.displayLanguage ?? browserLanguage(),
      theme: context?.officeTheme ?? undefined,
    };
  } finally {
    clearTimeout(timer);
  }
}
