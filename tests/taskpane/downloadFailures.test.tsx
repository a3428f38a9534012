import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sampleWorkbook } from "../../src/core/sample";
import { createFileDoor } from "../../src/workbook/file/fileDoor";
import type { FileDoor } from "../../src/workbook/port";
import { renderStandalone } from "./renderPane";
import { stubDownloads } from "./stubDownloads";

/** A file door whose workbooks cannot be written (a full disk, a file exceljs cannot write). */
function unwritable(): FileDoor {
  const door = createFileDoor();
  return {
    ...door,
    fromGrids: (raw, options) => ({
      ...door.fromGrids(raw, options),
      toXlsx: () => Promise.reject(new Error("disk full")),
    }),
  };
}

describe("a download that fails", () => {
  let unhandled: unknown[];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled = [];
    process.on("unhandledRejection", onUnhandled);
  });
  afterEach(() => {
    process.off("unhandledRejection", onUnhandled);
  });

  it("says so in the pane on the Templates tab, and the buttons come back", async () => {
    stubDownloads();
    await renderStandalone(sampleWorkbook(), { files: unwritable() });
    await userEvent.click(screen.getByRole("tab", { name: "Mẫu trống" }));
    await userEvent.click(screen.getByRole("button", { name: "Tải mẫu trống (.xlsx)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Có lỗi không mong đợi: disk full");
    expect(screen.getByRole("button", { name: "Tải mẫu trống (.xlsx)" })).toBeEnabled();
    expect(unhandled).toEqual([]);
  });

  it("says so in the pane for the fixed workbook and for the exports on the Check tab", async () => {
    await renderStandalone(sampleWorkbook({ mistakes: true }), { files: unwritable() });
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    await userEvent.click(screen.getByRole("button", { name: "Tải sổ đã sửa (.xlsx)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("disk full");
    await userEvent.click(screen.getByRole("button", { name: "Đóng" }));

    // No object URLs (a locked-down browser): the export cannot be handed over.
    Object.defineProperty(URL, "createObjectURL", {
      configurable: true,
      value: () => {
        throw new Error("blocked");
      },
    });
    await userEvent.click(screen.getByRole("button", { name: "Xuất kết quả CSV" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("blocked");
    expect(unhandled).toEqual([]);
  });
});
