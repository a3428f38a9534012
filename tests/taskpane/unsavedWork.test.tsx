import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { sampleWorkbook } from "../../src/core/sample";
import { defaultSettings } from "../../src/core/settings";
import { fixesOf } from "../../src/taskpane/check/FixDialog";
import { footerJob } from "../../src/taskpane/check/JobFooter";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { pageServices, renderStandalone, TODAY } from "./renderPane";
import { stubDownloads } from "./stubDownloads";

import { nationalReferenceOnce } from "../builders";

const national = nationalReferenceOnce();

jest.setTimeout(30_000);

const sample = () => sampleWorkbook({ mistakes: true });
const fixes = () =>
  fixesOf(
    checkWorkbook(sample(), defaultSettings(), { today: TODAY, reference: national.current })
      .findings
  );
const SAMPLE = "Dữ liệu thử (An Giang 2023)";

/** Opens the sample and applies every known fix from the footer's primary button. */
async function fixEverything() {
  await userEvent.click(screen.getByRole("button", { name: SAMPLE }));
  const footer = await screen.findByTestId("job-footer", {}, { timeout: 5000 });
  const n = fixes().length;
  expect(n).toBeGreaterThan(0);
  await userEvent.click(within(footer).getByRole("button", { name: `Sửa tự động (${n})…` }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  await userEvent.click(within(dialog).getByRole("button", { name: "Áp dụng", hidden: true }));
  await screen.findByText(`${n} ô đã sửa, chưa lưu`);
  return n;
}

describe("the job footer", () => {
  it("offers fixing while fixes are known, then downloading once cells are unsaved", () => {
    expect(footerJob(0, true, 3)).toBe("fix");
    expect(footerJob(2, true, 3)).toBe("download");
    expect(footerJob(2, false, 3)).toBe("fix");
    expect(footerJob(0, true, 0)).toBeUndefined();
  });

  it("says how many cells are unsaved beside the primary download, then the file's name", async () => {
    const downloads = stubDownloads();
    await renderStandalone(sample());
    await fixEverything();
    const footer = screen.getByTestId("job-footer");
    const download = within(footer).getByRole("button", { name: "Tải sổ đã sửa (.xlsx)" });
    // One download button: the toolbar does not repeat the footer's.
    expect(screen.getAllByRole("button", { name: "Tải sổ đã sửa (.xlsx)" })).toHaveLength(1);
    await userEvent.click(download);
    await waitFor(() => expect(downloads.names).toEqual(["so-mau-ocop-da-sua.xlsx"]));
    expect(await within(footer).findByText("Đã tải xuống so-mau-ocop-da-sua.xlsx.")).toBeVisible();
    expect(screen.queryByText(/ô đã sửa, chưa lưu/)).not.toBeInTheDocument();
    jest.restoreAllMocks();
  });
});

/**
 * The pane's question, answered; the dialog is gone afterwards. (`hidden`: jsdom has no layout,
 * so Fluent's modal can look hidden to the queries, as in FixDialog's tests.)
 */
async function answer(button: "Giữ lại" | "Bỏ và tiếp tục") {
  const question = await screen.findByRole("alertdialog", {
    name: "Bỏ các ô đã sửa?",
    hidden: true,
  });
  await userEvent.click(within(question).getByRole("button", { name: button, hidden: true }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
  return question;
}

/** Office.js replaces window.confirm with a stub that throws: the pane must not rely on it. */
function confirmThrowsLikeOfficeJs() {
  return jest.spyOn(window, "confirm").mockImplementation(() => {
    throw new Error("Function window.confirm is not supported.");
  });
}

describe("unsaved fixes", () => {
  afterEach(() => jest.restoreAllMocks());

  it("ask in the pane before the demo data replaces them, and stay when the user keeps them", async () => {
    const confirm = confirmThrowsLikeOfficeJs();
    await renderStandalone(sample());
    const n = await fixEverything();
    await userEvent.click(screen.getByRole("button", { name: SAMPLE }));
    const question = await answer("Giữ lại");
    expect(question).toHaveTextContent(`${n} ô đã sửa chưa được lưu`);
    expect(screen.getByText(`${n} ô đã sửa, chưa lưu`)).toBeInTheDocument();
    // Going on: the demo data opens afresh and nothing is unsaved.
    await userEvent.click(screen.getByRole("button", { name: SAMPLE }));
    await answer("Bỏ và tiếp tục");
    await waitFor(() => expect(screen.queryByText(/ô đã sửa, chưa lưu/)).not.toBeInTheDocument());
    await screen.findByRole("button", { name: `Sửa tự động (${n})…` }, { timeout: 5000 });
    expect(confirm).not.toHaveBeenCalled();
  });

  it("ask before 'Mở tệp khác…' opens the file picker, which opens only when the user goes on", async () => {
    await renderStandalone(sample());
    await fixEverything();
    const input = screen.getByTestId("open-workbook").querySelector<HTMLInputElement>("input")!;
    const picker = jest.spyOn(input, "click").mockImplementation(() => undefined);
    await userEvent.click(screen.getByRole("button", { name: "Mở tệp khác…" }));
    await answer("Giữ lại");
    expect(picker).not.toHaveBeenCalled();
    expect(screen.getByText(/ô đã sửa, chưa lưu/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Mở tệp khác…" }));
    await answer("Bỏ và tiếp tục");
    expect(picker).toHaveBeenCalledTimes(1);
  });

  it("ask before a dropped file replaces them", async () => {
    await renderStandalone(sample());
    await fixEverything();
    const zone = screen.getByTestId("open-workbook");
    const file = new File(["not a workbook"], "khac.xlsx");
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    await answer("Giữ lại");
    expect(screen.getByText(/ô đã sửa, chưa lưu/)).toBeInTheDocument();
    expect(screen.queryByText("Đang mở: khac.xlsx")).not.toBeInTheDocument();
  });

  it("ask before the page is left or reloaded, and only while they exist", async () => {
    await renderStandalone(sample());
    const before = new Event("beforeunload", { cancelable: true });
    fireEvent(window, before);
    expect(before.defaultPrevented).toBe(false);
    await fixEverything();
    const leaving = new Event("beforeunload", { cancelable: true });
    fireEvent(window, leaving);
    expect(leaving.defaultPrevented).toBe(true);
  });

  it("do not ask when nothing was fixed", async () => {
    await renderStandalone(sample());
    await userEvent.click(screen.getByRole("button", { name: SAMPLE }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    const input = screen.getByTestId("open-workbook").querySelector<HTMLInputElement>("input")!;
    const picker = jest.spyOn(input, "click").mockImplementation(() => undefined);
    await userEvent.click(screen.getByRole("button", { name: "Mở tệp khác…" }));
    expect(picker).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  it("are not asked about once downloaded: not by the file button, not on leaving", async () => {
    stubDownloads();
    await renderStandalone(sample());
    await fixEverything();
    await userEvent.click(screen.getByRole("button", { name: "Tải sổ đã sửa (.xlsx)" }));
    await screen.findByText("Đã tải xuống so-mau-ocop-da-sua.xlsx.");
    const input = screen.getByTestId("open-workbook").querySelector<HTMLInputElement>("input")!;
    const picker = jest.spyOn(input, "click").mockImplementation(() => undefined);
    await userEvent.click(screen.getByRole("button", { name: "Mở tệp khác…" }));
    expect(picker).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    const leaving = new Event("beforeunload", { cancelable: true });
    fireEvent(window, leaving);
    expect(leaving.defaultPrevented).toBe(false);
  });

  it("still count as unsaved after a reload brings the fixed workbook back", async () => {
    const first = await renderStandalone(sample());
    const n = await fixEverything();
    first.unmount();
    // The page again, with what it kept in sessionStorage (renderStandalone would clear it).
    render(
      <App
        host={Promise.resolve({ kind: "standalone", displayLanguage: "vi-VN" })}
        services={{ ...pageServices(), sample: async () => sample() }}
      />
    );
    expect(await screen.findByText(`${n} ô đã sửa, chưa lưu`, {}, { timeout: 5000 })).toBeVisible();
    const leaving = new Event("beforeunload", { cancelable: true });
    fireEvent(window, leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: SAMPLE }));
    await answer("Giữ lại");
  });
});
