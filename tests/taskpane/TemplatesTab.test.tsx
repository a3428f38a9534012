import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sampleWorkbook } from "../../src/core/sample";
import { aFair, aGrid, aWorkbook } from "../builders";
import { openXlsx } from "../../src/workbook/file/filePort";
import { renderInExcel, renderStandalone } from "./renderPane";
import { blobBytes, stubDownloads } from "./stubDownloads";

describe("the Templates tab", () => {
  it("creates the missing sheets in Excel and says which it kept", async () => {
    const { port } = await renderInExcel(aWorkbook({ fairs: aGrid("fairs", [aFair()]) }));
    await userEvent.click(screen.getByRole("tab", { name: "Mẫu trống" }));
    await userEvent.click(screen.getByRole("button", { name: "Tạo các trang tính" }));
    expect(
      await screen.findByText(
        "Đã tạo: Sản phẩm trưng bày, Sản phẩm OCOP, Tập huấn, Hội đồng, Danh mục."
      )
    ).toBeInTheDocument();
    expect(screen.getByText("Đã có, giữ nguyên: Hội chợ.")).toBeInTheDocument();
    expect(port.workbook().sheets.map((s) => s.name)).toContain("Danh mục");
  });

  it("downloads the empty template and the sample workbook on the standalone page", async () => {
    const downloads = stubDownloads();
    await renderStandalone(sampleWorkbook());
    await userEvent.click(screen.getByRole("tab", { name: "Mẫu trống" }));
    await userEvent.click(screen.getByRole("button", { name: "Tải mẫu trống (.xlsx)" }));
    await waitFor(() => expect(downloads.names).toEqual(["mau-so-theo-doi-ocop.xlsx"]));
    await userEvent.click(screen.getByRole("button", { name: "Tải dữ liệu thử (.xlsx)" }));
    await waitFor(() => expect(downloads.names).toHaveLength(2));
    const template = await openXlsx(await blobBytes(downloads.blobs[0]));
    expect(template.workbook().sheets.map((s) => s.name)).toEqual([
      "Hội chợ",
      "Sản phẩm trưng bày",
      "Sản phẩm OCOP",
      "Tập huấn",
      "Hội đồng",
      "Danh mục",
    ]);
    const sample = await openXlsx(await blobBytes(downloads.blobs[1]));
    expect(sample.workbook().sheets[0].values.length).toBe(
      sampleWorkbook().sheets[0].values.length
    );
  });
});
