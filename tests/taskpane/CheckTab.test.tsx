import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import { createFilePort, type FilePort } from "../../src/workbook/file/filePort";
import userEvent from "@testing-library/user-event";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import type { Finding } from "../../src/core/findings/finding";
import { renderMessage } from "../../src/core/findings";
import { findingRows } from "../../src/taskpane/check/findingRows";
import { fixesOf } from "../../src/taskpane/check/FixDialog";
import type { Checker } from "../../src/taskpane/session/checker";
import type { PaneServices } from "../../src/taskpane/session/PaneSession";
import { buildReport } from "../../src/core/report/buildReport";
import { leftOutTotal } from "../../src/core/report/leftOutMessage";
import { defaultReportOptions } from "../../src/core/report/reportOptions";
import { pageServices, renderInExcel, renderStandalone, TODAY } from "./renderPane";
import { blobBytes, stubDownloads } from "./stubDownloads";
import { nationalReferenceOnce } from "../builders";

const national = nationalReferenceOnce();

const sample = () => sampleWorkbook({ mistakes: true });
const expected = () =>
  checkWorkbook(sample(), defaultSettings(), { today: TODAY, reference: national.current });

async function openSample() {
  await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
  return screen.findByTestId("summary", {}, { timeout: 5000 });
}

/** A total cell's count, read back from its Vietnamese grouping ("31.470"). */
const total = (s: string) =>
  Number(screen.getByTestId(`total-${s}`).textContent!.replace(/\./g, ""));

describe("the Check tab", () => {
  it("opens the sample, checks it and shows the counts per sheet and in total", async () => {
    await renderStandalone(sample());
    const summary = await openSample();
    const want = expected();
    expect(want.findings.length).toBeGreaterThan(0);
    for (const s of ["error", "warning", "info"] as const) expect(total(s)).toBe(want.summary[s]);
    expect(total("all")).toBe(want.findings.length);
    // The count chips filter: the sheet headings then count that severity only.
    const productErrors = want.findings.filter(
      (f) => f.sheet === "Sản phẩm OCOP" && f.severity === "error"
    );
    const errors = within(summary).getByRole("button", { name: `Lỗi (${want.summary.error})` });
    await userEvent.click(errors);
    expect(errors).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText(`Sản phẩm OCOP: ${productErrors.length} mục`)).toBeInTheDocument();
  });

  it("groups findings by sheet and rule with counts, and filters them by severity", async () => {
    await renderStandalone(sample());
    await openSample();
    const want = expected();
    const list = screen.getByRole("listbox", { name: "Các mục tìm thấy" });
    expect(within(list).getAllByRole("option")).toHaveLength(want.findings.length);
    const exhibits = want.findings.filter((f) => f.sheet === "Sản phẩm trưng bày").length;
    expect(within(list).getByText(`Sản phẩm trưng bày: ${exhibits} mục`)).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole("button", { name: `Cảnh báo (${want.summary.warning})` })
    );
    expect(within(list).getAllByRole("option")).toHaveLength(want.summary.warning);
    for (const option of within(list).getAllByRole("option"))
      expect(option).toHaveTextContent("Cảnh báo");
  });

  it("moves through the findings with the arrow keys and shows the cell with its neighbours", async () => {
    await renderStandalone(sample());
    await openSample();
    const [first, second] = expected().findings;
    const list = screen.getByRole("listbox", { name: "Các mục tìm thấy" });
    act(() => list.focus());
    fireEvent.focus(list);
    fireEvent.keyDown(list, { key: "ArrowDown" });
    const options = within(list).getAllByRole("option");
    expect(options[1]).toHaveAttribute("aria-selected", "true");
    expect(list).toHaveAttribute("aria-activedescendant", options[1].id);
    const detail = await screen.findByTestId("finding-detail");
    expect(detail).toHaveTextContent(`${second.column}${second.row}`);
    fireEvent.keyDown(list, { key: "ArrowUp" });
    expect(await screen.findByTestId("cell-preview")).toHaveTextContent(
      `${first.column}${first.row}`
    );
  });

  it("goes to the cell in Excel when a finding is opened", async () => {
    const { selected } = await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    const first = expected().findings[0];
    await userEvent.click(findingOptions()[0]);
    expect(selected).toEqual([`${first.sheet}!${first.column}${first.row}`]);
  });

  it("dismisses a finding and keeps the dismissal in the workbook settings", async () => {
    const { port } = await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    const first = expected().findings[0];
    await userEvent.click(findingOptions()[0]);
    await userEvent.click(screen.getByRole("button", { name: "Bỏ qua mục này" }));
    await waitFor(() => expect(total(first.severity)).toBe(expected().summary[first.severity] - 1));
    expect((await port.loadSettings()).dismissed).toEqual([
      { code: first.code, sheet: first.sheet, cell: `${first.column}${first.row}` },
    ]);
  });

  it("moves focus to the list and on to the next finding after a dismissal", async () => {
    await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    const [, second] = inListOrder(expected().findings);
    await userEvent.click(findingOptions()[0]);
    await userEvent.click(screen.getByRole("button", { name: "Bỏ qua mục này" }));
    await screen.findByText("Đã bỏ qua; lần kiểm tra sau sẽ không báo lại ô này.");
    await waitFor(() => expect(document.activeElement).toBe(findingsList()));
    expect(screen.getByTestId("finding-detail")).toHaveTextContent(renderMessage(second, "vi"));
  });

  it("keeps both of two quick dismissals", async () => {
    // A door that takes a moment to save, as Excel does.
    const door: { port?: FilePort } = {};
    const { port } = await renderInExcel(
      sample(),
      {},
      {},
      {
        saveSettings: async (s) => {
          await new Promise((r) => setTimeout(r, 50));
          await door.port!.saveSettings(s);
        },
      }
    );
    door.port = port;
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    const [first, second] = inListOrder(expected().findings);
    await userEvent.click(findingOptions()[0]);
    fireEvent.click(screen.getByRole("button", { name: "Bỏ qua mục này" }));
    fireEvent.click(screen.getByRole("button", { name: "Bỏ qua mục này" }));
    await waitFor(async () => expect((await port.loadSettings()).dismissed).toHaveLength(2));
    expect((await port.loadSettings()).dismissed.map((d) => d.cell)).toEqual([
      `${first.column}${first.row}`,
      `${second.column}${second.row}`,
    ]);
  });

  it("applies the suggested fixes only after showing old and new values, and undoes them", async () => {
    const { port } = await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    const fixable = expected().findings.filter((f) => f.fixable);
    expect(fixable.length).toBeGreaterThan(0);
    const f = fixable[0];
    await userEvent.click(screen.getByRole("button", { name: `Sửa tự động (${fixable.length})…` }));
    const dialog = await fixDialog();
    expect(dialog).toHaveTextContent(String(f.value));
    expect(dialog).toHaveTextContent(String(f.suggestion));
    const cell = () =>
      port.workbook().sheets.find((s) => s.name === f.sheet)!.values[f.row - 1][columnOf(f)];
    expect(cell()).toBe(f.value);
    await userEvent.click(within(dialog).getByRole("button", { name: "Áp dụng", hidden: true }));
    await screen.findByText(`Đã sửa ${fixable.length} ô.`);
    expect(cell()).toBe(f.suggestion);
    await waitFor(() => expect(document.activeElement).toBe(findingsList()));
    await userEvent.click(screen.getByRole("button", { name: "Hoàn tác lần sửa" }));
    await screen.findByText("Đã hoàn tác lần sửa vừa rồi.");
    expect(cell()).toBe(f.value);
    // The undo button is gone with the undo; focus is not left on the page.
    await waitFor(() => expect(document.activeElement).toBe(findingsList()));
  });

  it("lets only one highlight call reach the door at a time", async () => {
    let finish: (() => void) | undefined;
    const door: { port?: FilePort } = {};
    const { port } = await renderInExcel(
      sample(),
      {},
      {},
      {
        highlight: async (findings) => {
          await new Promise<void>((r) => (finish = r));
          return door.port!.highlight(findings);
        },
      }
    );
    door.port = port;
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    await userEvent.click(screen.getByRole("button", { name: "Đánh dấu ô lỗi" }));
    expect(screen.getByRole("button", { name: "Đánh dấu ô lỗi" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Xóa đánh dấu" })).toBeDisabled();
    await waitFor(() => expect(finish).toBeDefined());
    finish!();
    await screen.findByText(`Đã đánh dấu ${expected().findings.length} ô.`);
    expect(screen.getByRole("button", { name: "Đánh dấu ô lỗi" })).toBeEnabled();
  });

  it("marks the cells and clears the marks", async () => {
    const { port } = await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    await userEvent.click(screen.getByRole("button", { name: "Đánh dấu ô lỗi" }));
    await screen.findByText(`Đã đánh dấu ${expected().findings.length} ô.`);
    expect(port.highlighted().size).toBe(expected().findings.length);
    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(port.highlighted().size).toBe(0);
  });

  it("says which Excel it takes to highlight when this one cannot", async () => {
    await renderInExcel(sample(), {}, { highlight: false, missing: { highlight: "ExcelApi 1.6" } });
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    expect(screen.queryByRole("button", { name: "Đánh dấu ô lỗi" })).not.toBeInTheDocument();
    expect(
      screen.getByText(/chưa đánh dấu được ô \(cần ExcelApi 1\.6: có từ Excel 2019, Excel 2021/)
    ).toBeInTheDocument();
  });

  it("opens a workbook dropped on the page", async () => {
    await renderStandalone(sample());
    const bytes = await createFilePort(sample()).toXlsx();
    const file = new File([bytes as BlobPart], "tinh.xlsx");
    fireEvent.drop(screen.getByTestId("open-workbook"), { dataTransfer: { files: [file] } });
    await screen.findByTestId("summary");
    expect(screen.getByText("Đang mở: tinh.xlsx")).toBeInTheDocument();
    expect(total("error")).toBe(expected().summary.error);
  });

  it("shows each finding's suggestion in the list", async () => {
    await renderStandalone(sample());
    await openSample();
    const withSuggestion = expected().findings.find((f) => f.suggestion !== undefined)!;
    const option = findingOptions().find((o) =>
      o.textContent?.includes(`${withSuggestion.column}${withSuggestion.row}`)
    )!;
    expect(option).toHaveTextContent(`→ ${withSuggestion.suggestion}`);
  });

  it("says plainly when the chosen file is not a workbook", async () => {
    await renderStandalone(sample());
    const input = screen.getByLabelText("Chọn tệp .xlsx để kiểm tra");
    await userEvent.upload(
      input,
      new File(["not a zip"], "notes.xlsx", {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      })
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Không đọc được tệp này");
  });

  it("comes back after a reload with the same workbook, results and filter", async () => {
    const first = await renderStandalone(sample());
    await openSample();
    const want = expected();
    await userEvent.click(screen.getByRole("button", { name: `Lỗi (${want.summary.error})` }));
    first.unmount();
    render(
      <App
        host={Promise.resolve({ kind: "standalone", displayLanguage: "vi-VN" })}
        services={pageServices()}
      />
    );
    await screen.findByTestId("summary");
    expect(total("error")).toBe(want.summary.error);
    expect(screen.getByText("Đang mở: so-mau-ocop.xlsx")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: `Lỗi (${want.summary.error})` })).toHaveAttribute(
      "aria-pressed",
      "true"
    );
  });

  it("downloads the opened file with the fix and its formulas and fills, even after a reload", async () => {
    const downloads = stubDownloads();
    const first = await renderStandalone(sample());
    await userEvent.upload(
      screen.getByLabelText("Chọn tệp .xlsx để kiểm tra"),
      new File([(await aDressedSample()) as BlobPart], "tinh.xlsx")
    );
    await screen.findByTestId("summary");
    const fixes = fixesOf(expected().findings);
    const fix = fixes[0];
    await userEvent.click(screen.getByRole("button", { name: `Sửa tự động (${fixes.length})…` }));
    await userEvent.click(
      within(await fixDialog()).getByRole("button", { name: "Áp dụng", hidden: true })
    );
    await screen.findByText(`Đã sửa ${fixes.length} ô.`);
    first.unmount();
    render(
      <App
        host={Promise.resolve({ kind: "standalone", displayLanguage: "vi-VN" })}
        services={pageServices()}
      />
    );
    await screen.findByTestId("summary");
    await userEvent.click(screen.getByRole("button", { name: "Tải sổ đã sửa (.xlsx)" }));
    await waitFor(() => expect(downloads.names).toEqual(["tinh-da-sua.xlsx"]));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(new Uint8Array(await blobBytes(downloads.blobs[0])) as never);
    expect(back.getWorksheet(fix.sheet)!.getCell(`${fix.column}${fix.row}`).value).toBe(
      fix.newValue
    );
    const notes = back.getWorksheet("Ghi chú")!;
    expect(notes.getCell("A1").value).toMatchObject({ formula: "1+1" });
    expect(notes.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
  });

  it("draws only the findings in view when there are 10,000", async () => {
    const many: Finding[] = Array.from({ length: 10_000 }, (_, i) => ({
      severity: "warning",
      code: "fairs.name.spaces",
      sheet: "Hội chợ",
      row: i + 2,
      column: "B",
      value: `Hội chợ ${i}`,
    }));
    const result: CheckResult = {
      ...expected(),
      findings: many,
      summary: { error: 0, warning: 10_000, info: 0 },
    };
    await renderStandalone(sample(), { check: async () => result });
    await openSample();
    const list = screen.getByRole("listbox", { name: "Các mục tìm thấy" });
    const drawn = within(list).getAllByRole("option");
    expect(drawn.length).toBeLessThan(40);
    expect(drawn[0]).toHaveAttribute("aria-setsize", "10000");
    // Counts are grouped the Vietnamese way.
    expect(screen.getByRole("button", { name: "Tất cả (10.000)" })).toBeInTheDocument();
    expect(screen.getByTestId("total-warning")).toHaveTextContent("10.000");
    act(() => list.focus());
    fireEvent.focus(list);
    fireEvent.keyDown(list, { key: "End" });
    expect(await screen.findByTestId("finding-detail")).toHaveTextContent("B10001");
  });
});

/** The sample as an .xlsx with what a rebuild from values would lose: a formula and a fill. */
async function aDressedSample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await createFilePort(sample()).toXlsx()) as never);
  const notes = wb.addWorksheet("Ghi chú");
  notes.getCell("A1").value = { formula: "1+1", result: 2 };
  notes.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The findings in the order the list shows them (grouped by sheet and rule). */
function inListOrder(findings: readonly Finding[]): Finding[] {
  return findingRows(findings, "all").flatMap((r) => (r.kind === "finding" ? [r.finding] : []));
}

/**
 * The fix preview. Tabster (Fluent's focus manager) marks the open modal itself aria-hidden a
 * moment after it opens under jsdom, so it is looked up including hidden elements.
 */
function fixDialog(): Promise<HTMLElement> {
  return screen.findByRole("dialog", { hidden: true });
}

function findingsList(): HTMLElement {
  return screen.getByRole("listbox", { name: "Các mục tìm thấy" });
}

function columnOf(f: Finding): number {
  return f.column.charCodeAt(0) - 65;
}

function findingOptions(): HTMLElement[] {
  return within(screen.getByRole("listbox", { name: "Các mục tìm thấy" })).getAllByRole("option");
}

describe("live mode in Excel", () => {
  it("checks again after the user edits a sheet, and stops listening when turned off", async () => {
    let listener: ((sheets: string[]) => void) | undefined;
    let stopped = 0;
    const onSheetsChanged = async (l: (sheets: string[]) => void) => {
      listener = l;
      return async () => {
        stopped++;
      };
    };
    const { port } = await renderInExcel(sample(), {}, { liveMode: true }, { onSheetsChanged });
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    const before = total("error");
    const toggle = screen.getByRole("switch", { name: "Tự kiểm tra lại khi sửa ô" });
    await userEvent.click(toggle);
    await waitFor(() => expect(listener).toBeDefined());

    // The user corrects the score that did not match its stars (48 → 58, still 3★).
    await port.applyFixes([
      { sheet: "Sản phẩm OCOP", row: 30, column: "I", oldValue: 48, newValue: 58 },
    ]);
    act(() => listener!(["Sản phẩm OCOP"]));
    await waitFor(() => expect(total("error")).toBe(before - 1), { timeout: 5000 });

    await userEvent.click(toggle);
    await waitFor(() => expect(stopped).toBe(1));
  });

  it("keeps the chosen finding chosen when a live re-check moves it in the list", async () => {
    const { port, edit } = await inLiveMode();
    const ordered = inListOrder(expected().findings);
    const fixed = ordered.findIndex((f) => f.fixable);
    const after = ordered[fixed + 1];
    choose(fixed + 1);
    expect(screen.getByTestId("finding-detail")).toHaveTextContent(renderMessage(after, "vi"));
    await edit(() => port.applyFixes(fixesOf([ordered[fixed]])), ordered[fixed]);
    expect(screen.getByTestId("finding-detail")).toHaveTextContent(renderMessage(after, "vi"));
  });

  it("chooses nothing when a live re-check finds the chosen finding fixed", async () => {
    const { port, edit } = await inLiveMode();
    const ordered = inListOrder(expected().findings);
    const fixed = ordered.findIndex((f) => f.fixable);
    choose(fixed);
    expect(screen.getByTestId("finding-detail")).toHaveTextContent(
      renderMessage(ordered[fixed], "vi")
    );
    await edit(() => port.applyFixes(fixesOf([ordered[fixed]])), ordered[fixed]);
    expect(screen.queryByTestId("finding-detail")).not.toBeInTheDocument();
  });

  it("shows the newest check when an older one finishes last, and keeps results in view meanwhile", async () => {
    const pending: Array<(r: CheckResult) => void> = [];
    const check: Checker = () => new Promise((resolve) => pending.push(resolve));
    const { listener } = await inLiveMode({ check }, () => pending.shift()!(expected()));
    const asOf = (errors: number): CheckResult => ({
      ...expected(),
      summary: { ...expected().summary, error: errors },
    });
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await waitFor(() => expect(pending).toHaveLength(1));
    expect(screen.getByTestId("summary")).toBeInTheDocument();
    expect(screen.getByTestId("results")).toHaveAttribute("aria-busy", "true");
    act(() => listener(["Sản phẩm OCOP"]));
    await waitFor(() => expect(pending).toHaveLength(2));
    const [older, newer] = pending;
    await act(async () => newer(asOf(3)));
    await waitFor(() => expect(total("error")).toBe(3));
    await act(async () => {
      older(asOf(2));
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(total("error")).toBe(3);
    expect(screen.getByTestId("results")).toHaveAttribute("aria-busy", "false");
  });

  it("names the Excel version live mode needs where it is missing", async () => {
    await renderInExcel(
      sample(),
      {},
      { liveMode: false, missing: { liveMode: "ExcelApi 1.9" } },
      { onSheetsChanged: async () => async () => undefined }
    );
    expect(await screen.findByText(/cần ExcelApi 1\.9/)).toBeInTheDocument();
    expect(screen.queryByRole("switch")).not.toBeInTheDocument();
  });
});

/** The pane in Excel with live mode on; `edit` changes the workbook and waits for the re-check. */
async function inLiveMode(services: PaneServices = {}, firstCheckDone?: () => void) {
  let listener: ((sheets: string[]) => void) | undefined;
  const onSheetsChanged = async (l: (sheets: string[]) => void) => {
    listener = l;
    return async () => undefined;
  };
  const { port } = await renderInExcel(sample(), services, { liveMode: true }, { onSheetsChanged });
  await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  if (firstCheckDone) await waitFor(() => firstCheckDone());
  await screen.findByTestId("summary");
  await userEvent.click(screen.getByRole("switch", { name: "Tự kiểm tra lại khi sửa ô" }));
  await waitFor(() => expect(listener).toBeDefined());
  const edit = async (change: () => Promise<void>, gone: Finding) => {
    const before = total(gone.severity);
    await change();
    act(() => listener!([gone.sheet]));
    await waitFor(() => expect(total(gone.severity)).toBe(before - 1));
  };
  return { port, edit, listener: (sheets: string[]) => listener!(sheets) };
}

/** Chooses the finding at this position in the list, by keyboard. */
function choose(position: number) {
  const list = findingsList();
  act(() => list.focus());
  fireEvent.focus(list);
  fireEvent.keyDown(list, { key: "Home" });
  for (let i = 0; i < position; i++) fireEvent.keyDown(list, { key: "ArrowDown" });
}

describe("the standalone page opened with ?sample", () => {
  it("opens and checks the sample without a click", async () => {
    await renderStandalone(sample(), { openSampleAtStart: true });
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    expect(total("error")).toBe(expected().summary.error);
  });

  it("waits for the user otherwise", async () => {
    await renderStandalone(sample());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId("summary")).not.toBeInTheDocument();
  });
});

describe("dismissed findings", () => {
  /** An error alone on its row of a reported sheet: dismissing it puts the row back in the report. */
  function loneError(): { finding: Finding; index: number } {
    const r = expected();
    const reported = Object.values(r.typed.locations).map((l) => l!.sheet);
    const listed = inListOrder(r.findings);
    const index = listed.findIndex(
      (f) =>
        f.severity === "error" &&
        reported.includes(f.sheet) &&
        r.findings.filter((g) => g.severity === "error" && g.sheet === f.sheet && g.row === f.row)
          .length === 1
    );
    return { finding: listed[index], index };
  }
  const leftOutWith = (dismissed: Finding[]) => {
    const settings = {
      ...defaultSettings(),
      dismissed: dismissed.map((f) => ({
        code: f.code,
        sheet: f.sheet,
        cell: `${f.column}${f.row}`,
      })),
    };
    const r = checkWorkbook(sample(), settings, { today: TODAY, reference: national.current });
    return leftOutTotal(buildReport(r.typed, defaultReportOptions(r.typed, settings)).leftOut);
  };

  it("counts the row of a dismissed error in the report again", async () => {
    await renderStandalone(sample());
    await openSample();
    const { finding, index } = loneError();
    expect(leftOutWith([finding])).toBe(leftOutWith([]) - 1);
    await userEvent.click(findingOptions()[index]);
    await userEvent.click(screen.getByRole("button", { name: "Bỏ qua mục này" }));
    await screen.findByText("1 mục đã được bỏ qua (không tính trong kết quả).");
    await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
    expect(await screen.findByTestId("left-out")).toHaveTextContent(
      `Báo cáo không tính ${leftOutWith([finding])} dòng`
    );
  });

  it("shows the dismissed findings again on request, clearing them from the workbook", async () => {
    const { port } = await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    const first = inListOrder(expected().findings)[0];
    await userEvent.click(findingOptions()[0]);
    await userEvent.click(screen.getByRole("button", { name: "Bỏ qua mục này" }));
    await waitFor(() => expect(total(first.severity)).toBe(expected().summary[first.severity] - 1));
    await userEvent.click(screen.getByRole("button", { name: "Hiện lại 1 mục đã bỏ qua" }));
    await waitFor(() => expect(total(first.severity)).toBe(expected().summary[first.severity]));
    expect((await port.loadSettings()).dismissed).toEqual([]);
    expect(screen.queryByRole("button", { name: /Hiện lại/ })).not.toBeInTheDocument();
  });
});

describe("highlights on the standalone page", () => {
  it("are not offered, since the downloaded workbook would not show them", async () => {
    await renderStandalone(sample());
    await openSample();
    expect(screen.queryByRole("button", { name: "Đánh dấu ô lỗi" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xóa đánh dấu" })).not.toBeInTheDocument();
    expect(screen.queryByText(/chưa đánh dấu được ô/)).not.toBeInTheDocument();
  });
});

describe("focus after the fix preview", () => {
  it("goes back to the button that opened the preview after Hủy or Escape", async () => {
    await renderStandalone(sample());
    await openSample();
    const fixAll = screen.getByRole("button", { name: /^Sửa tự động/ });
    await userEvent.click(fixAll);
    await userEvent.click(
      within(await fixDialog()).getByRole("button", { name: "Hủy", hidden: true })
    );
    await waitFor(() => expect(document.activeElement).toBe(fixAll));
    await userEvent.click(fixAll);
    await fixDialog();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(document.activeElement).toBe(fixAll));
  });
});

describe("status notices", () => {
  it("follow a language switch", async () => {
    await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    await userEvent.click(findingOptions()[0]);
    await userEvent.click(screen.getByRole("button", { name: "Bỏ qua mục này" }));
    await screen.findByText("Đã bỏ qua; lần kiểm tra sau sẽ không báo lại ô này.");
    await userEvent.click(screen.getByRole("button", { name: "Cài đặt" }));
    await userEvent.click(screen.getByRole("menuitemradio", { name: "English" }));
    expect(
      await screen.findByText("Dismissed; later checks will not report this cell again.")
    ).toBeInTheDocument();
  });
});

describe("the findings list's words", () => {
  it("says Enter opens the details on the standalone page and goes to the cell in Excel", async () => {
    await renderStandalone(sample());
    await openSample();
    expect(
      screen.getByText("Phím mũi tên: di chuyển; Enter: mở chi tiết; Esc: đóng.")
    ).toBeInTheDocument();
    cleanup();
    await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    expect(
      screen.getByText("Phím mũi tên: di chuyển; Enter: mở và đến ô; Esc: đóng.")
    ).toBeInTheDocument();
  });

  it("counts the findings of a column in words, apart from the column's name", async () => {
    await renderStandalone(sample());
    await openSample();
    const rule = findingRows(expected().findings, "all").find((r) => r.kind === "rule")!;
    if (rule.kind !== "rule") throw new Error("no rule group");
    // The column's name shows where the finding names its column (`columnKey`).
    const heading =
      rule.column === undefined
        ? `Cột ${rule.letter} (${rule.count} mục)`
        : `Cột ${rule.letter} · ${rule.column} (${rule.count} mục)`;
    expect(screen.getByText(heading)).toBeInTheDocument();
  });
});

describe("the chosen finding's value", () => {
  it("is shown whole in the detail, however long", async () => {
    const long = "Hội chợ OCOP ".repeat(30).trim();
    const one: Finding = {
      severity: "warning",
      code: "fairs.name.spaces",
      sheet: "Hội chợ",
      row: 2,
      column: "B",
      value: long,
    };
    const result: CheckResult = {
      ...expected(),
      findings: [one],
      summary: { error: 0, warning: 1, info: 0 },
    };
    await renderStandalone(sample(), { check: async () => result });
    await openSample();
    await userEvent.click(findingOptions()[0]);
    expect(await screen.findByTestId("finding-value")).toHaveTextContent(`Giá trị: ${long}`, {
      normalizeWhitespace: false,
    });
  });
});
