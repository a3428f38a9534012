import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { checkWorkbook } from "../../src/core/check";
import type { DocumentSettings } from "../../src/core/documentSettings";
import { buildReport } from "../../src/core/report/buildReport";
import { appendices, buildDocument, toDocumentText } from "../../src/core/report/document";
import { defaultReportOptions } from "../../src/core/report/reportOptions";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import { nationalReferenceOnce } from "../builders";
import { renderInExcel, renderStandalone, TODAY } from "./renderPane";
import { blobBytes, stubDownloads } from "./stubDownloads";

const national = nationalReferenceOnce();
// Each test checks the whole sample and renders the document; on a shared two-core machine
// that alone can take half a minute.
jest.setTimeout(120_000);
const sample = () => sampleWorkbook({ mistakes: true });

/** The document the core builds for the sample with these document settings. */
function expectedDocument(document: DocumentSettings = {}) {
  const { typed } = checkWorkbook(sample(), defaultSettings(), {
    today: TODAY,
    reference: national.current,
  });
  const options = defaultReportOptions(typed, defaultSettings());
  const report = buildReport(typed, options);
  return buildDocument(report, document, appendices(typed, report));
}

interface CopyCall {
  types: Record<string, string>;
}

/** A `copy` event the way a browser fires it from execCommand, recording what the page set. */
function stubExecCommand(calls: CopyCall[]) {
  Object.defineProperty(document, "execCommand", {
    configurable: true,
    value: (command: string) => {
      if (command !== "copy") return false;
      const types: Record<string, string> = {};
      const event = new Event("copy", { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, "clipboardData", {
        value: { setData: (type: string, value: string) => (types[type] = value) },
      });
      document.dispatchEvent(event);
      calls.push({ types });
      return true;
    },
  });
}

afterEach(() => {
  Object.defineProperty(document, "execCommand", { value: () => false, configurable: true });
});

async function toDocumentMode() {
  await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
  await userEvent.click(await screen.findByRole("radio", { name: "Toàn văn báo cáo" }));
  return screen.findByTestId("document-preview");
}

async function openSampleDocument() {
  await renderStandalone(sample());
  await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
  await screen.findByTestId("summary");
  return toDocumentMode();
}

async function openForm() {
  await userEvent.click(screen.getByRole("button", { name: /^Thông tin văn bản/ }));
  return screen.findByRole("textbox", { name: "Họ và tên người ký" });
}

/** Sets a field's text in one change and leaves it (leaving saves it). */
async function fill(name: string, text: string) {
  const field = screen.getByRole("textbox", { name });
  await userEvent.click(field);
  fireEvent.change(field, { target: { value: text } });
  await userEvent.tab();
}

const blanksCount = () => screen.getByTestId("blanks-count").textContent;

/** Copying with the sample's rows left out asks once; answer it. */
async function confirmIfAsked() {
  const anyway = screen.queryByRole("button", { name: "Vẫn sao chép" });
  if (anyway) await userEvent.click(anyway);
}

describe("the full report on the Report tab", () => {
  it("previews the whole document and lists every blank still open, in order", async () => {
    const preview = await openSampleDocument();
    const want = expectedDocument();
    expect(preview).toHaveTextContent("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(preview).toHaveTextContent("UBND TỈNH AN GIANG");
    expect(preview).toHaveTextContent("1. Kết quả triển khai thực hiện Chương trình năm 2023");
    expect(blanksCount()).toBe(`Còn ${want.blanks.length} chỗ cần viết`);
    const list = screen.getByRole("list", { name: `Còn ${want.blanks.length} chỗ cần viết` });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(want.blanks);
    // Each blank of the preview is marked, in the list's order, and highlighted.
    const marks = [...preview.querySelectorAll<HTMLElement>("mark[data-blank]")];
    expect(marks.map((m) => m.dataset.blank)).toEqual(want.blanks);
    // Cell text is text: the appendix shows the product names as the core wrote them.
    expect(preview.querySelector("[data-appendix='1'] tbody tr td:nth-child(2)")?.textContent).toBe(
      want.appendices[0].rows[0][1]
    );
  });

  it("moves the preview to a blank when it is chosen in the list", async () => {
    const preview = await openSampleDocument();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const want = expectedDocument();
    const i = want.blanks.indexOf("Họ và tên người ký");
    await userEvent.click(screen.getByRole("button", { name: "Họ và tên người ký" }));
    const target = preview.querySelectorAll("mark[data-blank]")[i];
    expect(scrolled).toEqual([target]);
    expect(document.activeElement).toBe(target);
  });

  it("fills blanks from the form as it is typed, and saves each field into the workbook", async () => {
    const { port } = await renderInExcel(sample());
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    const preview = await toDocumentMode();
    const before = expectedDocument().blanks.length;
    await openForm();
    // The province's defaults are offered, examples marked as such.
    expect(screen.getByRole("textbox", { name: "Cơ quan chủ quản" })).toHaveAttribute(
      "placeholder",
      "UBND tỉnh An Giang"
    );
    expect(
      screen.getByRole("textbox", { name: "Chữ viết tắt tên cơ quan (trong “Số: …/BC-…”)" })
    ).toHaveAttribute("placeholder", "VD: SCT");
    await fill("Chữ viết tắt tên cơ quan (trong “Số: …/BC-…”)", "SCT");
    await fill("Họ và tên người ký", "Nguyễn Thị Bé");
    await fill("Nơi nhận (không kể “Lưu: VT”)", "- Sở Nông nghiệp và Môi trường;\nUBND tỉnh;");
    expect(blanksCount()).toBe(`Còn ${before - 3} chỗ cần viết`);
    expect(preview).toHaveTextContent("Số: /BC-SCT");
    expect(preview).toHaveTextContent("Nguyễn Thị Bé");
    expect(preview).toHaveTextContent("- Sở Nông nghiệp và Môi trường;");
    const saved = (await port.loadSettings()).document;
    expect(saved).toEqual({
      agencyCode: "SCT",
      signerName: "Nguyễn Thị Bé",
      recipients: ["Sở Nông nghiệp và Môi trường", "UBND tỉnh"],
    });
    expect(blanksCount()).toBe(`Còn ${expectedDocument(saved).blanks.length} chỗ cần viết`);
    // Emptied again, the field is a blank again and leaves the settings.
    await fill("Họ và tên người ký", " ");
    expect((await port.loadSettings()).document?.signerName).toBeUndefined();
    expect(blanksCount()).toBe(`Còn ${before - 2} chỗ cần viết`);
  });

  it("copies the whole document as Word HTML and text, says so beside its buttons, and forgets it on the next action", async () => {
    const calls: CopyCall[] = [];
    stubExecCommand(calls);
    await openSampleDocument();
    await userEvent.click(screen.getByRole("button", { name: "Sao chép toàn văn sang Word" }));
    await confirmIfAsked();
    const said = await screen.findByTestId("notice-document");
    expect(said).toHaveTextContent("Đã sao chép toàn văn. Mở Word và dán (Ctrl+V).");
    expect(calls).toHaveLength(1);
    expect(calls[0].types["text/plain"]).toBe(toDocumentText(expectedDocument()));
    expect(calls[0].types["text/html"]).toMatch(/^<div lang="vi"/);
    expect(calls[0].types["text/html"]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    await userEvent.click(screen.getAllByRole("button", { name: /^Nêu / })[0]);
    expect(screen.queryByTestId("notice-document")).not.toBeInTheDocument();
  });

  it("copies one appendix as a table, with its message beside its own button", async () => {
    const calls: CopyCall[] = [];
    stubExecCommand(calls);
    await openSampleDocument();
    const want = expectedDocument().appendices[0];
    await userEvent.click(screen.getByRole("button", { name: "Sao chép Phụ lục 1" }));
    expect(await screen.findByTestId("notice-appendix-1")).toHaveTextContent(
      "Đã sao chép bảng Phụ lục 1."
    );
    expect(screen.queryByTestId("notice-document")).not.toBeInTheDocument();
    const lines = calls[0].types["text/plain"].trimEnd().split("\n");
    expect(lines[0]).toBe(want.title);
    expect(lines[1]).toBe(want.columns.join("\t"));
    expect(lines).toHaveLength(want.rows.length + 2);
    expect(calls[0].types["text/html"]).toContain("<thead>");
  });

  it("says there is no data for a year without any, instead of copying", async () => {
    const calls: CopyCall[] = [];
    stubExecCommand(calls);
    await openSampleDocument();
    const year = screen.getByRole("spinbutton", { name: "Năm báo cáo" });
    await userEvent.clear(year);
    await userEvent.type(year, "2030");
    await userEvent.tab();
    expect(await screen.findByTestId("document-no-data")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Sao chép toàn văn sang Word" }));
    expect(await screen.findByTestId("notice-document")).toHaveTextContent(
      "Sổ không có số liệu của năm 2030"
    );
    expect(calls).toHaveLength(0);
    expect(screen.queryByText(/Đã sao chép/)).not.toBeInTheDocument();
  });

  it("downloads the whole document as .docx named for its year", async () => {
    const downloads = stubDownloads();
    await openSampleDocument();
    await userEvent.click(screen.getByRole("button", { name: "Tải toàn văn .docx" }));
    await waitFor(() => expect(downloads.names).toEqual(["bao-cao-ocop-toan-van-2023.docx"]));
    const bytes = new Uint8Array(await blobBytes(downloads.blobs[0]));
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it("hides downloads where Excel cannot download, and says why", async () => {
    await renderInExcel(sample(), {}, { canDownload: false });
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    await toDocumentMode();
    expect(screen.queryByRole("button", { name: "Tải toàn văn .docx" })).not.toBeInTheDocument();
    expect(screen.getByTestId("no-download")).toHaveTextContent("không tải tệp xuống được");
  });

  it("is axe-clean with the form open", async () => {
    await openSampleDocument();
    await openForm();
    // Fluent's focus sentinels are a known false positive (microsoft/tabster #288); nothing else.
    const { violations } = await axe.run({
      include: [['[role="tabpanel"]']],
      exclude: [["[data-tabster-dummy]"]],
    });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" | ")}`)).toEqual(
      []
    );
  });
});
