import { FINDINGS, isFindingCode } from "./codes";
import type { Finding } from "./finding";
import type { Lang } from "./lang";

type Render = (p: Record<string, string | number>) => string;

/** The finding's message in the user's language. An unknown code still reads as something. */
export function renderMessage(finding: Pick<Finding, "code" | "params">, lang: Lang): string {
  if (!isFindingCode(finding.code)) return finding.code;
  return (FINDINGS[finding.code][lang] as Render)(finding.params ?? {});
}
