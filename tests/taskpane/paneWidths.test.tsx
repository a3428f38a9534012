import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sampleWorkbook } from "../../src/core/sample";
import { pageScrollFor } from "../../src/taskpane/check/revealInPage";
import { renderStandalone } from "./renderPane";

jest.setTimeout(30_000);

// Issue 16: what the Chromium width check (tests/browser/checks/16-pane-widths.mjs) showed the
// pane must do, where jsdom can tell.

describe("pageScrollFor: the page's scroll that shows an opened finding above the footer", () => {
  // A 700 px pane whose last 49 px are the sticky footer: 651 px of room.
  it("does not scroll when the row and its detail already show", () => {
    expect(pageScrollFor(475, 640, 700, 49)).toBe(0);
  });

  it("scrolls up by the part that sits under the footer", () => {
    expect(pageScrollFor(475, 700, 700, 49)).toBe(49);
  });

  it("puts the row at the top, 8 px down, when the band is taller than the room", () => {
    expect(pageScrollFor(475, 1200, 700, 49)).toBe(467);
  });

  it("scrolls back down to a row above the pane's top", () => {
    expect(pageScrollFor(-100, 300, 700, 49)).toBe(-108);
  });

  it("without a footer uses the whole height", () => {
    expect(pageScrollFor(100, 700, 700, 0)).toBe(0);
  });
});

describe("another workbook starts with nothing chosen", () => {
  it("closes the finding open in the last file and puts the list back at its top", async () => {
    await renderStandalone(sampleWorkbook({ mistakes: true }));
    const sampleButton = screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" });
    await userEvent.click(sampleButton);
    const list = await screen.findByRole("listbox", { name: "Các mục tìm thấy" }, { timeout: 5000 });
    await userEvent.click(within(list).getAllByRole("option")[0]);
    await screen.findByTestId("finding-detail");
    const scroller = screen.getByTestId("findings-scroller");
    scroller.scrollTop = 300;

    // The same demo data again: another workbook, the same findings at the same cells.
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    await waitFor(() => expect(screen.queryByTestId("finding-detail")).not.toBeInTheDocument());
    const again = screen.getByRole("listbox", { name: "Các mục tìm thấy" });
    for (const option of within(again).getAllByRole("option"))
      expect(option).toHaveAttribute("aria-selected", "false");
    expect(screen.getByTestId("findings-scroller").scrollTop).toBe(0);
  });
});

describe("a notice about the last workbook", () => {
  it("goes when another workbook opens: it pushed the new list's first finding down", async () => {
    await renderStandalone(sampleWorkbook({ mistakes: true }));
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    const footer = await screen.findByTestId("job-footer", {}, { timeout: 10_000 });
    await userEvent.click(within(footer).getByRole("button", { name: /^Sửa tự động/ }));
    const dialog = await screen.findByRole("dialog", { hidden: true }, { timeout: 10_000 });
    await userEvent.click(within(dialog).getByRole("button", { name: "Áp dụng", hidden: true }));
    expect(
      await screen.findByText(/^Đã sửa \d+ ô\.$/, {}, { timeout: 10_000 })
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    // The pane asks first (unsaved fixes); letting them go opens the other workbook.
    const question = await screen.findByRole(
      "alertdialog",
      { name: "Bỏ các ô đã sửa?", hidden: true },
      { timeout: 10_000 }
    );
    await userEvent.click(
      within(question).getByRole("button", { name: "Bỏ và tiếp tục", hidden: true })
    );
    await waitFor(() => expect(screen.queryByText(/ô đã sửa, chưa lưu/)).not.toBeInTheDocument(), {
      timeout: 10_000,
    });
    expect(screen.queryByText(/^Đã sửa \d+ ô\.$/)).not.toBeInTheDocument();
  });
});
