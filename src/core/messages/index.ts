import type { Finding } from "../rules/finding";
import type { Lang, MessageCatalogue } from "./catalogue";
import { ruleMessages } from "./ruleMessages";
import { sheetMessages } from "./sheetMessages";

export type { Lang } from "./catalogue";

/** Every finding code the product can raise, with its messages. */
export const MESSAGES: MessageCatalogue = { ...sheetMessages, ...ruleMessages };

/** The finding's message in the user's language. An unknown code still reads as something. */
export function renderMessage(finding: Finding, lang: Lang): string {
  const entry = MESSAGES[finding.code];
  if (!entry) return finding.code;
  return entry[lang](finding.params ?? {});
}
