import { z } from "zod";
import { DocumentSettingsSchema } from "./documentSettings";
import { isIsoDate } from "./isoDate";
import { defaultSettings } from "./settingsDefaults";

/** A district-level (or, after 01/7/2025, commune-level) unit of the province. */
export const UnitSchema = z.object({
  name: z.string().min(1),
  /** "thành phố" | "thị xã" | "huyện" | "xã" | "phường" | "đặc khu" */
  type: z.string().min(1),
  /** Other spellings that mean this unit (the prefix forms are derived, not listed). */
  aliases: z.array(z.string()).default([]),
  /** ISO date the unit took this type/name; absent = always. */
  from: z.string().optional(),
  /** Other types this unit had before `from` that a sheet of that time may still use. */
  formerTypes: z.array(z.string()).default([]),
});
export type Unit = z.infer<typeof UnitSchema>;

export const DismissalSchema = z.object({
  code: z.string(),
  sheet: z.string(),
  /** A1 address within the sheet, e.g. "D7". */
  cell: z.string(),
});
export type Dismissal = z.infer<typeof DismissalSchema>;

/**
 * Everything the user can set. One zod-checked object: every door keeps it in
 * the very hidden `_ocop_settings` sheet (Excel, the page and the CLI alike). Unknown or broken input falls back to
 * defaults field by field (`parseSettings`), never a crash.
 */
export const SettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** Report year; absent = the year most of the data is in. */
  reportYear: z.number().int().min(2000).max(2100).optional(),
  province: z.string().min(1).default("An Giang"),
  agency: z.string().min(1).default("Sở Công Thương"),
  /** The province's units; absent = the reference list for `province` (An Giang 2023). */
  units: z.array(UnitSchema).optional(),
  /** ISO date the report speaks as of; absent = 31/12 of the report year. */
  reportDate: z.string().refine(isIsoDate, "an ISO date (yyyy-mm-dd)").optional(),
  /** The report says "khoảng" before its sums of lượt (a pane switch; CLI --approximate). */
  reportApproximate: z.boolean().optional(),
  dismissed: z.array(DismissalSchema).default([]),
  language: z.enum(["vi", "en"]).optional(),
  /** The full report's frame (issue 11); absent fields become blanks. */
  document: DocumentSettingsSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

// The defaults live without zod, so the pane's first load need not carry it (settingsDefaults.ts;
// a test holds them equal to `SettingsSchema.parse({})`).
export { defaultSettings };

/** Parses stored settings; a bad field is dropped (its default applies), the rest is kept. */
export function parseSettings(input: unknown): Settings {
  const whole = SettingsSchema.safeParse(input);
  if (whole.success) return whole.data;
  if (typeof input !== "object" || input === null) return defaultSettings();
  const kept: Record<string, unknown> = {};
  const shape = SettingsSchema.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(input)) {
    const field = shape[key];
    if (field && field.safeParse(value).success) kept[key] = value;
  }
  return SettingsSchema.parse(kept);
}

/**
 * Settings from their stored JSON text (the Excel door's workbook setting, the file door's hidden
 * sheet, the CLI): text that is not JSON falls back to defaults, a bad field to its default.
 */
export function settingsFromJson(text: string): Settings {
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return defaultSettings();
  }
  return parseSettings(stored);
}
