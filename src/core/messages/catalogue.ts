export type Lang = "vi" | "en";

export type Params = Record<string, string | number>;

/** One entry per finding code: the message in each language, from the finding's params. */
export interface MessageEntry {
  vi: (p: Params) => string;
  en: (p: Params) => string;
}

export type MessageCatalogue = Record<string, MessageEntry>;
