import { renderMessage, type Lang } from "../core/findings";
import type { Severity } from "../core/findings/finding";
import type { AcrossFinding } from "../core/rollup";
import { cellAddress } from "../core/sheets/address";
import { jsonFinding } from "./checkOutput";
import { clippedFinding } from "./clip";
import { CLI_TEXT } from "./messages";

const SEVERITIES = ["error", "warning", "info"] as const;

/**
 * The findings across files as `check` prints findings: one line each, the first place as
 * `file 'Sheet'!B12` (the message names the second), then the count line.
 */
export function acrossText(found: readonly AcrossFinding[], lang: Lang): string {
  const t = CLI_TEXT[lang];
  const lines = [t.acrossTitle];
  for (const finding of found) {
    const f = clippedFinding(finding);
    const address = `${finding.file} ${cellAddress(f.sheet, f.row, f.column)}`;
    lines.push(`    ${address}  ${t.severity[f.severity]}  ${renderMessage(f, lang)}  [${f.code}]`);
  }
  if (found.length === 0) lines.push(`  ${t.acrossNone}`);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of found) counts[f.severity]++;
  const summary = SEVERITIES.map((s) => t.count[s](counts[s])).join(", ");
  lines.push(t.acrossTotal({ summary }));
  return lines.join("\n");
}

/** The across findings in `--json`: check's finding fields, the file, and the other place. */
export function acrossJson(found: readonly AcrossFinding[], lang: Lang) {
  return found.map((f) => ({
    ...jsonFinding(f, lang),
    file: f.file,
    other: f.other
      ? { ...f.other, address: cellAddress(f.other.sheet, f.other.row, f.other.column) }
      : null,
  }));
}
