import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "../workbook/hostInfo";

/** Relative luminance of a #rrggbb colour (WCAG), 0 = black, 1 = white. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office says so (or its body colour is dark); outside Office, the browser's scheme. */
export function isDark(officeTheme: OfficeThemeColors | undefined, prefersDark: boolean): boolean {
  if (officeTheme?.isDarkTheme !== undefined) return officeTheme.isDarkTheme;
  const lum = officeTheme?.bodyBackgroundColor
    ? luminance(officeTheme.bodyBackgroundColor)
    : undefined;
  if (lum !== undefined) return lum < 0.4;
  return prefersDark;
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
