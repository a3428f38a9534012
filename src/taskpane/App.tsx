import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { HostInfo } from "../workbook/hostInfo";
import { I18nProvider, pickLanguage, useI18n, type Lang } from "./i18n";
import { recall, remember } from "./session/paneMemory";
import { PaneSessionProvider, type PaneServices } from "./session/PaneSession";
import { ProblemBar } from "./session/ProblemBar";
import { HostNotice } from "./shell/HostNotice";
import { SettingsMenu } from "./shell/SettingsMenu";
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
  // The tabs and the settings button share one line: Office already shows the add-in's name.
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
  },
  // The page keeps a heading for screen readers, off screen.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  // Fluent's TabList does not shrink: let it, and wrap, rather than push the settings button out.
  tabs: { minWidth: 0, flexShrink: 1, flexWrap: "wrap" },
  // At 320 px the four tabs and the settings button fit on one line only with narrower padding.
  tab: {
    "@media (max-width: 340px)": {
      paddingLeft: tokens.spacingHorizontalXXS,
      paddingRight: tokens.spacingHorizontalXXS,
    },
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
  useEffect(() => {
    document.documentElement.lang = lang === "vi" ? "vi" : "en";
    document.title = t("app.title");
  }, [lang, t]);

  return (
    <main className={styles.root}>
      <h1 className={styles.hidden}>{t("app.title")}</h1>
      {!info ? (
        <Spinner size="small" label={t("app.loading")} />
      ) : (
        <PaneSessionProvider host={info.kind} services={services}>
          <HostNotice kind={info.kind} />
          <ProblemBar />
          <div className={styles.header}>
            <TabList
              aria-label={t("tabs.label")}
              className={styles.tabs}
              size="small"
              selectedValue={tab}
              onTabSelect={(_, d) => {
                setTab(d.value as TabName);
                remember({ tab: d.value as TabName });
              }}
            >
              <Tab value="check" className={styles.tab}>{t("tabs.check")}</Tab>
              <Tab value="report" className={styles.tab}>{t("tabs.report")}</Tab>
              <Tab value="templates" className={styles.tab}>{t("tabs.templates")}</Tab>
              <Tab value="rollup" className={styles.tab}>{t("tabs.rollup")}</Tab>
            </TabList>
            <SettingsMenu onLanguageChange={onLanguageChange} />
          </div>
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
