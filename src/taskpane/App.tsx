import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { HostInfo } from "../workbook/hostInfo";
import { I18nProvider, pickLanguage, useI18n, type Lang } from "./i18n";
import { recall, remember } from "./session/paneMemory";
import { PaneSessionProvider, type PaneServices } from "./session/PaneSession";
import { ProblemBar } from "./session/ProblemBar";
import { CheckTab } from "./tabs/CheckTab";
import { TemplatesTab } from "./tabs/TemplatesTab";
import { fluentTheme, isDark } from "./theme";

// The report (its builders, the Word HTML, the province picker) loads when its tab opens: the
// pane's first load stays within its budget (bench/pane.mjs).
const ReportTab = lazy(() => import("./tabs/ReportTab").then((m) => ({ default: m.ReportTab })));
const RollupTab = lazy(() => import("./rollup/RollupTab").then((m) => ({ default: m.RollupTab })));

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  language: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
  },
});

type TabName = "check" | "report" | "templates" | "rollup";

export interface AppProps {
  host: Promise<HostInfo>;
  /** `?lang=` or a stored choice: wins over the host's language. */
  languageOverride?: string | null;
  prefersDark?: boolean;
  onLanguageChange?: (lang: Lang) => void;
  /** The Excel door and the off-thread checker (index.tsx); tests pass fakes. */
  services?: PaneServices;
}

export function App({
  host,
  languageOverride,
  prefersDark = false,
  onLanguageChange,
  services,
}: AppProps) {
  const [info, setInfo] = useState<HostInfo | undefined>();
  const [lang, setLang] = useState<Lang | undefined>(
    languageOverride === "vi" || languageOverride === "en" ? languageOverride : undefined
  );
  useEffect(() => {
    let live = true;
    host.then((h) => live && setInfo(h));
    return () => {
      live = false;
    };
  }, [host]);

  const effectiveLang = lang ?? pickLanguage(info?.displayLanguage);
  const theme = fluentTheme(isDark(info?.theme, prefersDark));
  const changeLanguage = (next: Lang) => {
    setLang(next);
    onLanguageChange?.(next);
  };

  return (
    <FluentProvider theme={theme} lang={effectiveLang === "vi" ? "vi-VN" : "en-US"}>
      <I18nProvider lang={effectiveLang}>
        <Shell info={info} onLanguageChange={changeLanguage} services={services} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell({
  info,
  onLanguageChange,
  services,
}: {
  info: HostInfo | undefined;
  onLanguageChange: (l: Lang) => void;
  services?: PaneServices;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [tab, setTab] = useState<TabName>(() => recall().tab ?? "check");
  const languageId = useId("language");
  useEffect(() => {
    document.documentElement.lang = lang === "vi" ? "vi" : "en";
    document.title = t("app.title");
  }, [lang, t]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {t("app.title")}
        </Text>
        <div className={styles.language}>
          <label htmlFor={languageId}>{t("app.language")}</label>
          <Select
            id={languageId}
            size="small"
            value={lang}
            onChange={(_, d) => onLanguageChange(d.value as Lang)}
          >
            <option value="vi">{t("app.language.vi")}</option>
            <option value="en">{t("app.language.en")}</option>
          </Select>
        </div>
      </header>
      {!info ? (
        <Spinner size="small" label={t("app.loading")} />
      ) : (
        <PaneSessionProvider host={info.kind} services={services}>
          <MessageBar intent={info.kind === "excel" ? "success" : "info"} data-testid="host-notice">
            <MessageBarBody>
              {info.kind === "excel" ? t("app.excelNotice") : t("app.standaloneNotice")}
            </MessageBarBody>
          </MessageBar>
          <ProblemBar />
          <TabList
            aria-label={t("tabs.label")}
            selectedValue={tab}
            onTabSelect={(_, d) => {
              setTab(d.value as TabName);
              remember({ tab: d.value as TabName });
            }}
          >
            <Tab value="check">{t("tabs.check")}</Tab>
            <Tab value="report">{t("tabs.report")}</Tab>
            <Tab value="templates">{t("tabs.templates")}</Tab>
            <Tab value="rollup">{t("tabs.rollup")}</Tab>
          </TabList>
          <section role="tabpanel" aria-label={t(`tabs.${tab}`)}>
            {tab === "check" && <CheckTab />}
            {tab === "report" && (
              <Suspense fallback={<Spinner size="small" label={t("report.loading")} />}>
                <ReportTab />
              </Suspense>
            )}
            {tab === "templates" && <TemplatesTab />}
            {tab === "rollup" && (
              <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
                <RollupTab showReport={() => setTab("report")} />
              </Suspense>
            )}
          </section>
        </PaneSessionProvider>
      )}
    </main>
  );
}
