import { createContext, useContext, type ReactNode } from "react";
import { COUNT_PARAMS, countText } from "./counts";
import { en } from "./en";
import { singular } from "./plural";
import { vi, type MessageKey } from "./vi";

export type Lang = "vi" | "en";
export type { MessageKey } from "./vi";

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** Vietnamese unless the host says English (domain: Vietnamese is the users' working language). */
export function pickLanguage(tag: string | undefined, override?: string | null): Lang {
  if (override === "vi" || override === "en") return override;
  return tag && /^en\b/i.test(tag) ? "en" : "vi";
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  return (key, params) =>
    (singular(lang, key, params) ?? catalogue[key]).replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!params || !(name in params)) return whole;
      const value = params[name];
      return typeof value === "number" && COUNT_PARAMS.has(name)
        ? countText(lang, value)
        : String(value);
    });
}

const I18nContext = createContext<{ lang: Lang; t: Translate }>({
  lang: "vi",
  t: translator("vi"),
});

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <I18nContext.Provider value={{ lang, t: translator(lang) }}>{children}</I18nContext.Provider>
  );
}

export function useI18n(): { lang: Lang; t: Translate } {
  return useContext(I18nContext);
}
