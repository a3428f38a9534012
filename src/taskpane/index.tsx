import { createRoot } from "react-dom/client";
import type { RawWorkbook } from "../core/sheets/rawSheet";
// The composition root: the one place the doors are created (eslint.config.mjs allows it here);
// the pane below holds a WorkbookPort and a FileDoor.
import { detectHost, type HostInfo } from "../workbook/excel/host";
import { createFileDoor } from "../workbook/file/fileDoor";
import { readInPage } from "../workbook/file/readInPage";
import { App } from "./App";
import type { Lang } from "./i18n";
import { checkOffThread, readOffThread } from "./session/offThread";

const LANG_KEY = "ocop.lang";

function storedLanguage(): string | null {
  try {
    return new URLSearchParams(location.search).get("lang") ?? localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

function remember(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage can be blocked in an add-in iframe; the choice then lasts for this session only.
  }
}

/** `?sample=2026` opens the merged An Giang's 2026 sample; a bare `?sample` the 2023 one. */
function sampleOfPage(): { openSampleAtStart: boolean; sample?: () => Promise<RawWorkbook> } {
  const params = new URLSearchParams(location.search);
  if (params.get("sample") !== "2026") return { openSampleAtStart: params.has("sample") };
  return {
    openSampleAtStart: true,
    sample: async () =>
      (await import("../core/sample")).sampleWorkbook({ mistakes: true, year: 2026 }),
  };
}

const container = document.getElementById("root");
if (container) {
  const prefersDark =
    typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  const root = createRoot(container);
  const render = (host: Promise<HostInfo>, key: string) =>
    root.render(
      <App
        key={key}
        host={host}
        languageOverride={storedLanguage()}
        prefersDark={prefersDark}
        onLanguageChange={remember}
        services={{
          // Loaded only in Excel: the standalone page never carries the Office.js door.
          excelPort: () => import("../workbook/excel/excelPort").then((m) => m.createExcelPort()),
          check: checkOffThread,
          files: createFileDoor(readOffThread(readInPage)),
          ...sampleOfPage(),
        }}
      />
    );
  // Office.js that reports Excel late (slow machine or link) switches the pane over.
  render(
    detectHost(1500, undefined, (late) => render(Promise.resolve(late), "excel")),
    "first"
  );
}
