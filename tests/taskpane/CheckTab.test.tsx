import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { createFilePort } from "../../src/workbook/file/filePort";
import userEvent from "@testing-library/user-event";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import type { Finding } from "../../src/core/rules/finding";
import { renderInExcel, renderStandalone, TODAY } from "./renderPane";

const sample = () => sampleWorkbook({ mistakes: true });
const expected = () => checkWorkbook(sample(), defaultSettings(), { today: TODAY });

async function openSample() {
  await userEvent.click(screen.getByRole("button", { name: "Dùng sổ mẫu" }));
  return screen.findByTestId("summary", {}, { timeout: 5000 });
}

const total = (s: string) => Number(screen.getByTestId(`total-${s}`).textContent);

describe("the Check tab", () => {
  it("opens the sample, checks it and shows the counts per sheet and in total", async () => {
    await renderStandalone(sample());
    const summary = await openSample();
    const want = expected();
    expect(want.findings.length).toBeGreaterThan(0);
    for (const s of ["error", "warning", "info"] as const) expect(total(s)).toBe(want.summary[s]);
    const products = within(summary).getByText("Sản phẩm OCOP").closest("tr")!;
    const productErrors = want.findings.filter(
      (f) => f.sheet === "Sản phẩm OCOP" && f.severity === "error"
    );
    expect(within(products).getAllByRole("cell")[1]).toHaveTextContent(
      String(productErrors.length)
    );
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
      screen.getByRole("radio", { name: `Cảnh báo (${want.summary.warning})` })
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
    list.focus();
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

  it("applies the suggested fixes only after showing old and new values, and undoes them", async () => {
    const { port } = await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    const fixable = expected().findings.filter((f) => f.fixable);
    expect(fixable.length).toBeGreaterThan(0);
    const f = fixable[0];
    await userEvent.click(screen.getByRole("button", { name: `Sửa tự động (${fixable.length})…` }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent(String(f.value));
    expect(dialog).toHaveTextContent(String(f.suggestion));
    const cell = () =>
      port.workbook().sheets.find((s) => s.name === f.sheet)!.values[f.row - 1][columnOf(f)];
    expect(cell()).toBe(f.value);
    await userEvent.click(within(dialog).getByRole("button", { name: "Áp dụng" }));
    await screen.findByText(`Đã sửa ${fixable.length} ô.`);
    expect(cell()).toBe(f.suggestion);
    await userEvent.click(screen.getByRole("button", { name: "Hoàn tác lần sửa" }));
    await screen.findByText("Đã hoàn tác lần sửa vừa rồi.");
    expect(cell()).toBe(f.value);
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
    expect(screen.getByText(/chưa đánh dấu được ô \(cần ExcelApi 1\.6\)/)).toBeInTheDocument();
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
    await userEvent.click(screen.getByRole("radio", { name: `Lỗi (${want.summary.error})` }));
    first.unmount();
    render(
      <App
        host={Promise.resolve({ kind: "standalone", displayLanguage: "vi-VN" })}
        services={{ today: () => TODAY }}
      />
    );
    await screen.findByTestId("summary");
    expect(total("error")).toBe(want.summary.error);
    expect(screen.getByText("Đang mở: so-mau-ocop.xlsx")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: `Lỗi (${want.summary.error})` })).toBeChecked();
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
    list.focus();
    fireEvent.focus(list);
    fireEvent.keyDown(list, { key: "End" });
    expect(await screen.findByTestId("finding-detail")).toHaveTextContent("B10001");
  });
});

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
    listener!(["Sản phẩm OCOP"]);
    await waitFor(() => expect(total("error")).toBe(before - 1), { timeout: 5000 });

    await userEvent.click(toggle);
    await waitFor(() => expect(stopped).toBe(1));
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
