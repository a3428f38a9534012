import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { buildReport } from "../../src/core/report/buildReport";
import { leftOutTotal } from "../../src/core/report/leftOutMessage";
import { defaultReportOptions } from "../../src/core/report/reportOptions";
import { toText } from "../../src/core/report/toText";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import { renderInExcel, renderStandalone, TODAY } from "./renderPane";
import { blobBytes, blobText, stubDownloads } from "./stubDownloads";
import { nationalReferenceOnce } from "../builders";

const national = nationalReferenceOnce();

const sample = () => sampleWorkbook({ mistakes: true });
const checked = () =>
  checkWorkbook(sample(), defaultSettings(), { today: TODAY, reference: national.current });
const expectedText = (over: Partial<ReturnType<typeof defaultReportOptions>> = {}) => {
  const r = checked();
  return toText(
    buildReport(r.typed, { ...defaultReportOptions(r.typed, defaultSettings()), ...over })
  );
};

async function openReport() {
  await renderStandalone(sample());
  await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
  await screen.findByTestId("summary");
  await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
  return screen.findByTestId("report-preview");
}

interface CopyCall {
  types: Record<string, string>;
}

/** A `copy` event the way a browser fires it from execCommand, recording what the page set. */
function stubExecCommand(calls: CopyCall[]) {
  const exec = jest.fn((command: string) => {
    if (command !== "copy") return false;
    const types: Record<string, string> = {};
    const event = new Event("copy", { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, "clipboardData", {
      value: { setData: (type: string, value: string) => (types[type] = value) },
    });
    document.dispatchEvent(event);
    calls.push({ types });
    return true;
  });
  Object.defineProperty(document, "execCommand", { value: exec, configurable: true });
  return exec;
}

function setClipboard(clipboard: unknown, item: unknown) {
  Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
  Object.defineProperty(window, "ClipboardItem", { value: item, configurable: true });
}

/** A browser (or frame) that refuses `execCommand("copy")`. */
function refuseExecCommand() {
  Object.defineProperty(document, "execCommand", { value: () => false, configurable: true });
}

/**
 * Copies with the sample's rows left out: the pane asks once, and the copy happens inside the
 * click on "Vẫn sao chép".
 */
async function copyAnyway(name: string | RegExp) {
  await userEvent.click(screen.getByRole("button", { name }));
  await userEvent.click(await screen.findByRole("button", { name: "Vẫn sao chép" }));
}

afterEach(() => {
  setClipboard(undefined, undefined);
  refuseExecCommand();
});

describe("the Report tab", () => {
  it("fills year, province and agency from the workbook and previews the report's words", async () => {
    const preview = await openReport();
    expect(screen.getByRole("spinbutton", { name: "Năm báo cáo" })).toHaveValue("2023");
    // The picker loads with the tab (a lazy chunk).
    expect(await screen.findByRole("combobox", { name: "Tỉnh" })).toHaveValue("An Giang");
    expect(screen.getByRole("textbox", { name: "Cơ quan báo cáo" })).toHaveValue("Sở Công Thương");
    const firstParagraph = expectedText().split("\n\n")[1];
    expect(preview).toHaveTextContent(firstParagraph);
    expect(preview.querySelector("p")?.getAttribute("style")).toMatch(/Times New Roman/);
  });

  it("keeps the last valid year while the year field is empty or not a number, and blocks copying", async () => {
    const preview = await openReport();
    const before = preview.textContent;
    const year = screen.getByRole("spinbutton", { name: "Năm báo cáo" });
    const actions = [/^Sao chép sang Word/, "Sao chép văn bản", "Tải .docx"];
    for (const typed of ["", "abc"]) {
      await userEvent.clear(year);
      if (typed) await userEvent.type(year, typed);
      await userEvent.tab();
      expect(screen.getByText("Năm từ 2000 đến 2100.")).toBeInTheDocument();
      expect(year).toHaveValue(typed);
      expect(screen.getByTestId("report-preview").textContent).toBe(before);
      for (const name of actions) expect(screen.getByRole("button", { name })).toBeDisabled();
    }
    await userEvent.clear(year);
    await userEvent.type(year, "2023");
    await userEvent.tab();
    expect(screen.queryByText("Năm từ 2000 đến 2100.")).not.toBeInTheDocument();
    for (const name of actions) expect(screen.getByRole("button", { name })).toBeEnabled();
    // Some forty keystrokes, each rebuilding the report: room on a loaded two-core machine.
  }, 120_000);

  it("names the year's up and down buttons in the pane's language", async () => {
    await openReport();
    expect(screen.getByRole("button", { name: "Tăng năm" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Giảm năm" })).toBeInTheDocument();
  });

  it("rewrites the report for the province typed in", async () => {
    const preview = await openReport();
    const province = await screen.findByRole("combobox", { name: "Tỉnh" });
    // One change event for the whole name: typing it key by key re-filters the list each time.
    province.focus();
    fireEvent.change(province, { target: { value: "Kiên Giang" } });
    await userEvent.tab();
    expect(preview).toHaveTextContent("trên địa bàn tỉnh Kiên Giang:");
    expect(preview).not.toHaveTextContent("An Giang");
  });

  it("warns how many rows the report left out because of errors", async () => {
    await openReport();
    const r = checked();
    const total = leftOutTotal(
      buildReport(r.typed, defaultReportOptions(r.typed, defaultSettings())).leftOut
    );
    expect(total).toBeGreaterThan(0);
    expect(screen.getByTestId("left-out")).toHaveTextContent(`Báo cáo không tính ${total} dòng`);
  });

  it("copies HTML and plain text together inside the click, through a copy event, first", async () => {
    const calls: CopyCall[] = [];
    stubExecCommand(calls);
    const write = jest.fn(async () => undefined);
    setClipboard({ write, writeText: jest.fn() }, class {});
    await openReport();
    await copyAnyway(/^Sao chép sang Word/);
    await screen.findByText("Đã sao chép. Mở Word và dán (Ctrl+V).");
    expect(calls).toHaveLength(1);
    expect(calls[0].types["text/plain"]).toBe(expectedText());
    expect(calls[0].types["text/html"]).toMatch(/font-family:'Times New Roman'/);
    expect(write).not.toHaveBeenCalled();
  });

  it("falls back to the Clipboard API with both types when the copy event is refused", async () => {
    refuseExecCommand();
    const written: Array<Record<string, Blob>> = [];
    class Item {
      constructor(readonly parts: Record<string, Blob>) {
        written.push(parts);
      }
    }
    setClipboard({ write: jest.fn(async () => undefined), writeText: jest.fn() }, Item);
    await openReport();
    await copyAnyway(/^Sao chép sang Word/);
    await screen.findByText("Đã sao chép. Mở Word và dán (Ctrl+V).");
    expect(Object.keys(written[0]).sort()).toEqual(["text/html", "text/plain"]);
    expect(await blobText(written[0]["text/plain"])).toBe(expectedText());
    expect(await blobText(written[0]["text/html"])).toMatch(/Times New Roman/);
  });

  it("copies plain text inside the click through the copy event when there is no Clipboard API", async () => {
    const calls: CopyCall[] = [];
    const exec = stubExecCommand(calls);
    await openReport();
    await copyAnyway("Sao chép văn bản");
    expect(exec).toHaveBeenCalledWith("copy");
    expect(calls[0].types).toEqual({ "text/plain": expectedText() });
    expect(await screen.findByText("Đã sao chép văn bản.")).toBeInTheDocument();
  });

  it("falls back to writeText for plain text when the copy event is refused", async () => {
    refuseExecCommand();
    const writeText = jest.fn(async (_: string) => undefined);
    setClipboard({ write: jest.fn(), writeText }, class {});
    await openReport();
    await copyAnyway("Sao chép văn bản");
    expect(await screen.findByText("Đã sao chép văn bản.")).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(expectedText());
  });

  it("tells the user to copy by hand when every way is refused", async () => {
    refuseExecCommand();
    setClipboard(
      { write: jest.fn(() => Promise.reject(new DOMException("denied", "NotAllowedError"))) },
      class {}
    );
    await openReport();
    await copyAnyway(/^Sao chép sang Word/);
    expect(await screen.findByText(/Hãy chọn phần xem trước rồi bấm Ctrl\+C/)).toBeInTheDocument();
  });

  it("downloads the report as .docx named for its year", async () => {
    const downloads = stubDownloads();
    await openReport();
    await userEvent.click(screen.getByRole("button", { name: "Tải .docx" }));
    await waitFor(() => expect(downloads.names).toEqual(["bao-cao-ocop-2023.docx"]));
    const bytes = new Uint8Array(await blobBytes(downloads.blobs[0]));
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip, as every .docx is
  });

  it("asks for a check first when nothing has been checked", async () => {
    await renderInExcel(sample());
    await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
    const panel = screen.getByRole("tabpanel", { name: "Báo cáo" });
    expect(
      within(panel).getByText("Hãy mở và kiểm tra sổ trước khi viết báo cáo.")
    ).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole("button", { name: "Kiểm tra ngay" }));
    expect(await within(panel).findByTestId("report-preview")).toBeInTheDocument();
  });
});
