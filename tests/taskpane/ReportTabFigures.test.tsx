/**
 * Issue 10 in the pane: each figure of the report is a button listing its rows (and, over the
 * real Excel door on the fake Excel, selecting them); rows left out are counted beside the copy
 * button, listed with why, each a link; copying with rows left out asks once; "khoảng" is a
 * switch remembered in the workbook's settings.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { buildReport } from "../../src/core/report/buildReport";
import { leftOutTotal } from "../../src/core/report/leftOutMessage";
import { defaultReportOptions } from "../../src/core/report/reportOptions";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import { App } from "../../src/taskpane/App";
import { createExcelPort } from "../../src/workbook/excel/excelPort";
import { FakeExcel, parseBox } from "../workbook/excel/fakeExcel";
import { renderStandalone, TODAY } from "./renderPane";
import { nationalReferenceOnce } from "../builders/reference";
import { excelHolding } from "../workbook/excel/excelHolding";

const ref = nationalReferenceOnce();

const sample = () => sampleWorkbook({ mistakes: true });
const model = () => {
  const r = checkWorkbook(sample(), defaultSettings(), { today: TODAY, reference: ref.current });
  return buildReport(r.typed, defaultReportOptions(r.typed, defaultSettings()));
};

async function openReport() {
  await renderStandalone(sample());
  await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
  await screen.findByTestId("summary");
  await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
  return screen.findByTestId("report-preview");
}

/** A figure's button: its text keeps "04 sao" together with a no-break space. */
const figureButton = (preview: HTMLElement, text: string): HTMLElement =>
  within(preview).getByRole("button", { name: (name) => name.replace(/\s/g, " ") === text });

function stubCopy(): string[] {
  const copied: string[] = [];
  Object.defineProperty(document, "execCommand", {
    configurable: true,
    value: (command: string) => {
      const event = new Event("copy", { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, "clipboardData", {
        value: { setData: (type: string, v: string) => type === "text/plain" && copied.push(v) },
      });
      document.dispatchEvent(event);
      return command === "copy";
    },
  });
  return copied;
}

describe("the report's figures in the pane", () => {
  it("makes each figure a button that lists the rows it counts", async () => {
    const preview = await openReport();
    const ranking = model().paragraphs[0];
    const total = ranking.figures[0];
    const button = figureButton(preview, total.text);
    await userEvent.click(button);
    const list = await screen.findByTestId("figure-rows");
    expect(list).toHaveTextContent(`"${total.text}" được tính từ ${total.rows.length} dòng`);
    const links = within(list).getAllByRole("button", { name: /^'Sản phẩm OCOP' dòng \d+$/ });
    expect(links).toHaveLength(total.rows.length);
    expect(links.map((l) => l.textContent)).toEqual(
      total.rows.map((r) => `'Sản phẩm OCOP' dòng ${r.row}`)
    );
    expect(button).toHaveAttribute("aria-pressed", "true");
  });

  it("shows the left-out count on the copy button and lists each row with why", async () => {
    await openReport();
    const count = leftOutTotal(model().leftOut);
    expect(count).toBeGreaterThan(0);
    expect(
      screen.getByRole("button", { name: `Sao chép sang Word (${count} dòng không tính)` })
    ).toBeInTheDocument();
    const links = within(screen.getByTestId("left-out")).getAllByRole("button", {
      name: /dòng \d+$/,
    });
    expect(links).toHaveLength(count);
    expect(screen.getByTestId("left-out")).toHaveTextContent("(có lỗi)");
  });

  it("asks once before copying with rows left out", async () => {
    const copied = stubCopy();
    await openReport();
    await userEvent.click(screen.getByRole("button", { name: /^Sao chép văn bản/ }));
    expect(copied).toHaveLength(0);
    expect(screen.getByTestId("confirm-copy")).toHaveTextContent("Vẫn sao chép?");
    await userEvent.click(screen.getByRole("button", { name: "Để sau" }));
    expect(copied).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: /^Sao chép văn bản/ }));
    await userEvent.click(screen.getByRole("button", { name: "Vẫn sao chép" }));
    expect(copied).toHaveLength(1);
    // Asked once: the next copy goes straight through.
    await userEvent.click(screen.getByRole("button", { name: /^Sao chép văn bản/ }));
    expect(copied).toHaveLength(2);
    expect(screen.queryByTestId("confirm-copy")).not.toBeInTheDocument();
    Object.defineProperty(document, "execCommand", { value: () => false, configurable: true });
    // Many clicks over a long report: slow on a shared machine, not stuck.
  }, 90_000);

  it('writes "khoảng" only with the switch on, and remembers it in the workbook', async () => {
    const preview = await openReport();
    expect(preview).not.toHaveTextContent("khoảng");
    await userEvent.click(screen.getByRole("switch", { name: /khoảng/ }));
    expect(await within(preview).findByText(/khoảng/)).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: /khoảng/ })).toBeChecked();
  });
});

describe("a workbook with only headers", () => {
  it("asks for a year rather than writing a report of year 0", async () => {
    const raw = sample();
    for (const sheet of raw.sheets) {
      sheet.values = sheet.values.slice(0, 1);
      sheet.numberFormats = sheet.numberFormats?.slice(0, 1);
    }
    await renderStandalone(raw);
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    await screen.findByTestId("summary");
    await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
    expect(await screen.findByTestId("report-no-year")).toHaveTextContent("hãy chọn năm");
    expect(screen.queryByText(/năm 0\b/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Sao chép sang Word/ })).toBeDisabled();
  });
});


async function reportOverExcel(
  apiMinor: number
): Promise<{ host: FakeExcel; preview: HTMLElement }> {
  sessionStorage.clear();
  const host = excelHolding(sample(), apiMinor);
  const port = createExcelPort({ run: host.run, apiSupport: host.supports, today: () => TODAY });
  render(
    <App
      host={Promise.resolve({ kind: "excel", displayLanguage: "vi-VN" })}
      services={{ excelPort: () => port, today: () => TODAY }}
    />
  );
  await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  await screen.findByTestId("summary");
  await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
  return { host, preview: await screen.findByTestId("report-preview") };
}

describe("a figure over the Excel door", () => {
  it("selects all its rows at once with ExcelApi 1.9", async () => {
    const { host, preview } = await reportOverExcel(11);
    const stars = model().paragraphs[0].figures.find((f) => / sao$/.test(f.text))!;
    await userEvent.click(figureButton(preview, stars.text));
    await screen.findByTestId("figure-rows");
    await new Promise((r) => setTimeout(r, 50));
    expect(host.selection?.sheet).toBe("Sản phẩm OCOP");
    const selected = (host.selection?.address ?? "").split(",").flatMap((a) => {
      const b = parseBox(a);
      return Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) => b.r0 + i);
    });
    expect(selected).toEqual(stars.rows.map((r) => r.row).sort((a, b) => a - b));
  });

  it("selects the first row without ExcelApi 1.9, and still lists them all", async () => {
    const { host, preview } = await reportOverExcel(8);
    const stars = model().paragraphs[0].figures.find((f) => / sao$/.test(f.text))!;
    await userEvent.click(figureButton(preview, stars.text));
    const list = await screen.findByTestId("figure-rows");
    await new Promise((r) => setTimeout(r, 50));
    const first = Math.min(...stars.rows.map((r) => r.row));
    expect(parseBox(host.selection?.address ?? "")).toMatchObject({ r0: first, r1: first });
    expect(within(list).getAllByRole("button", { name: /dòng \d+$/ })).toHaveLength(
      stars.rows.length
    );
  });
});
