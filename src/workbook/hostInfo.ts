/** Where the pane runs, as `excel/host.ts` finds it; the pane reads it without the Excel door. */
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
