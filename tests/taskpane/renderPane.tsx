import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PaneServices } from "../../src/taskpane/session/PaneSession";
import type { RawWorkbook } from "../../src/core/sheets/rawSheet";
import { createFilePort, type FilePort } from "../../src/workbook/file/filePort";
import type { PortCapabilities, WorkbookPort } from "../../src/workbook/port";
import { defaultSettings } from "../../src/core/settings";
import { buildTemplate, templateLists } from "../../src/core/sheets/template";

export const TODAY = "2024-06-01";

/** The pane on the standalone page, with the given workbook as its sample. */
export async function renderStandalone(sample: RawWorkbook, services: PaneServices = {}) {
  sessionStorage.clear();
  const view = render(
    <App
      host={Promise.resolve({ kind: "standalone", displayLanguage: "vi-VN" })}
      services={{ sample: async () => sample, today: () => TODAY, ...services }}
    />
  );
  await screen.findByTestId("open-workbook");
  return view;
}

/** The pane in "Excel", holding a file port as its door (same interface, inspectable). */
export async function renderInExcel(
  raw: RawWorkbook,
  services: PaneServices = {},
  capabilities: Partial<PortCapabilities> = {},
  extra: Partial<WorkbookPort> = {}
) {
  sessionStorage.clear();
  const selected: string[] = [];
  const file = createFilePort(raw, {
    onSelect: (r) => selected.push(`${r.sheet}!${r.column}${r.row}`),
    template: () => buildTemplate(templateLists(defaultSettings(), TODAY)),
  });
  const port: FilePort & { kind: "file" } = file;
  const excel = {
    ...port,
    kind: "excel",
    capabilities: { ...port.capabilities, navigate: true, highlight: true, ...capabilities },
    ...extra,
  } as unknown as WorkbookPort;
  render(
    <App
      host={Promise.resolve({ kind: "excel", displayLanguage: "vi-VN" })}
      services={{ excelPort: () => excel, today: () => TODAY, ...services }}
    />
  );
  await screen.findByText("Đã kết nối với Excel.");
  return { port: file, selected };
}
