import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PaneServices } from "../../src/taskpane/session/PaneSession";
import type { RawWorkbook } from "../../src/core/sheets/rawSheet";
import { createFileDoor } from "../../src/workbook/file/fileDoor";
import { createFilePort } from "../../src/workbook/file/filePort";
import type { PortCapabilities, WorkbookPort } from "../../src/workbook/port";
import { defaultSettings } from "../../src/core/settings";
import { buildTemplate, templateLists } from "../../src/core/sheets/template";

export const TODAY = "2024-06-01";

/** What index.tsx gives the standalone page, with the reading done in the page. */
export const pageServices = (): PaneServices => ({
  files: createFileDoor(),
  today: () => TODAY,
});

/** The pane on the standalone page, with the given workbook as its sample. */
export async function renderStandalone(sample: RawWorkbook, services: PaneServices = {}) {
  sessionStorage.clear();
  const view = render(
    <App
      host={Promise.resolve({ kind: "standalone", displayLanguage: "vi-VN" })}
      services={{ ...pageServices(), sample: async () => sample, ...services }}
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
  // Excel's door offers none of the file door's extras (grids, download, cell window).
  const {
    toXlsx: _toXlsx,
    cellWindow: _cellWindow,
    highlightedCells: _highlightedCells,
    workbook: _workbook,
    original: _original,
    highlighted: _highlighted,
    ...door
  } = file;
  const excel: WorkbookPort = {
    ...door,
    kind: "excel",
    capabilities: { ...door.capabilities, navigate: true, highlight: true, ...capabilities },
    ...extra,
  };
  render(
    <App
      host={Promise.resolve({ kind: "excel", displayLanguage: "vi-VN" })}
      services={{ excelPort: () => excel, today: () => TODAY, ...services }}
    />
  );
  await screen.findByRole("button", { name: "Kiểm tra" });
  return { port: file, selected };
}
