import type { Lang, MessageKey } from ".";

/**
 * English singular forms, used when the message's `count` (or `marked`) is 1: "1 finding", not
 * "1 findings". Vietnamese nouns do not change with number, so it has none.
 */
const one: Record<Lang, Partial<Record<MessageKey, string>>> = {
  vi: {},
  en: {
    "group.sheet": "{sheet}: 1 finding",
    "group.rule": "Column {letter} · {column} (1 finding)",
    "group.ruleLetter": "Column {letter} (1 finding)",
    "highlight.done": "Highlighted 1 cell.",
    "fix.done": "Fixed 1 cell.",
    "fix.unsaved": "1 cell fixed, not saved",
    "open.discardConfirm":
      "1 fixed cell is not saved (Download the fixed workbook first). Opening another workbook drops it. Go on?",
  },
};

/** The singular form of `key` when the message counts exactly one thing, if the language has one. */
export function singular(
  lang: Lang,
  key: MessageKey,
  params?: Record<string, string | number>
): string | undefined {
  const n = params?.count ?? params?.marked;
  return n === 1 ? one[lang][key] : undefined;
}
