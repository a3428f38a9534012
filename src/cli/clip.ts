import type { Finding } from "../core/findings";

/** About the width of two terminal lines: enough to recognise a value, short enough to scan. */
export const MAX_PRINTED_CHARS = 200;

/**
 * A long text cut to `max` characters ending in "…", so that a 32 KB cell value does not fill
 * the screen. Cut between code points, never inside a surrogate pair.
 */
export function clip(text: string, max = MAX_PRINTED_CHARS): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return (
    points
      .slice(0, max - 1)
      .join("")
      .trimEnd() + "…"
  );
}

function isLong(value: unknown): boolean {
  return typeof value === "string" && value.length > MAX_PRINTED_CHARS;
}

function clipValue<T>(value: T): T {
  return (typeof value === "string" ? clip(value) : value) as T;
}

/**
 * The finding as a one-line message shows it: its value, params and suggestion clipped. Most
 * findings have nothing long and come back as they are (100k findings print in a blink).
 */
export function clippedFinding(f: Finding): Finding {
  const params = f.params ? Object.values(f.params) : [];
  if (!isLong(f.value) && !isLong(f.suggestion) && !params.some(isLong)) return f;
  return {
    ...f,
    value: clipValue(f.value),
    params: f.params
      ? Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, clipValue(v)]))
      : undefined,
    suggestion: clipValue(f.suggestion),
  };
}
