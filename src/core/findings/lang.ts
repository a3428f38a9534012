/** The languages user text comes in: Vietnamese first, English for the few who need it. */
export type Lang = "vi" | "en";

/** Text in each language, as catalogues hold it. */
export type ByLang<T> = Record<Lang, T>;
