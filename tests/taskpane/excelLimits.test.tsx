import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sampleWorkbook } from "../../src/core/sample";
import { PortError } from "../../src/workbook/port";
import { renderInExcel } from "./renderPane";

jest.setTimeout(60_000);

const sample = () => sampleWorkbook({ mistakes: true });

describe("the pane's part of issue 12, over a door dressed as Excel", () => {
  it("counts the sheets read, and 'Hủy' stops the read calmly with nothing changed", async () => {
    const seen: { signal?: AbortSignal } = {};
    await renderInExcel(
      sample(),
      {},
      {},
      {
        // A slow Excel: one sheet of four read, then waiting until the signal stops it.
        readSheets: (onProgress, signal) =>
          new Promise((_, reject) => {
            seen.signal = signal;
            onProgress?.(1, 4);
            signal?.addEventListener("abort", () =>
              reject(new PortError("cancelled", "read stopped"))
            );
          }),
      }
    );
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("Đang đọc các trang tính… 1/4")).toBeInTheDocument();
    expect(seen.signal?.aborted).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect(seen.signal?.aborted).toBe(true);
    const calm = await screen.findByText("Đã hủy việc đọc; không có gì thay đổi.");
    // A status, not an alarm: the user asked for it.
    expect(calm.closest("[role]")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByTestId("summary")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeEnabled());
    expect(screen.queryByRole("button", { name: "Hủy" })).not.toBeInTheDocument();
  });

  it("hides the download buttons where Excel cannot download, and says why in one line", async () => {
    await renderInExcel(sample(), {}, { canDownload: false, platform: "Mac" });
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    expect(screen.queryByRole("button", { name: "Xuất kết quả .xlsx" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xuất kết quả CSV" })).not.toBeInTheDocument();
    expect(screen.getByTestId("no-download")).toHaveTextContent(
      "Excel trên máy Mac không tải tệp xuống từ ô tác vụ được"
    );
  });

  it("keeps the download buttons where downloads work", async () => {
    await renderInExcel(sample(), {}, { canDownload: true, platform: "PC" });
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    expect(screen.getByRole("button", { name: "Xuất kết quả .xlsx" })).toBeInTheDocument();
    expect(screen.queryByTestId("no-download")).not.toBeInTheDocument();
  });

  it("names the sheets Excel failed to mark", async () => {
    await renderInExcel(
      sample(),
      {},
      {},
      { highlight: async () => ({ marked: 3, skipped: 2, failedSheets: ["Hội chợ"] }) }
    );
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary", {}, { timeout: 5000 });
    await userEvent.click(screen.getByRole("button", { name: "Đánh dấu ô lỗi" }));
    expect(
      await screen.findByText(/Excel không đánh dấu được trên trang tính: Hội chợ\./)
    ).toBeInTheDocument();
  });
});
