import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as XLSX from "@e965/xlsx";
import { sampleWorkbook } from "../../src/core/sample";
import { readXlsx } from "../../src/workbook/file/readXlsx";
import { writeXlsx } from "../../src/workbook/file/writeXlsx";
import { toXlsxBook } from "../builders";
import { renderStandalone } from "./renderPane";
import { blobBytes, stubDownloads } from "./stubDownloads";

/** The sample with its mistakes as an old .xls (BIFF8), as many offices still keep it. */
async function anXls(): Promise<Uint8Array> {
  const xlsx = await writeXlsx(toXlsxBook(sampleWorkbook({ mistakes: true })));
  const book = XLSX.read(xlsx, { type: "array", cellNF: true });
  return new Uint8Array(XLSX.write(book, { bookType: "biff8", type: "array" }) as ArrayBuffer);
}

describe("downloading the fixed workbook of a file that is not .xlsx", () => {
  it("offers .xlsx and says so, named after the file without its old ending", async () => {
    const downloads = stubDownloads();
    await renderStandalone(sampleWorkbook());
    await userEvent.upload(
      screen.getByLabelText("Chọn tệp .xlsx để kiểm tra"),
      new File([(await anXls()) as BlobPart], "tinh.xls")
    );
    await screen.findByTestId("summary", {}, { timeout: 40_000 });
    expect(screen.queryByRole("button", { name: "Tải sổ đã sửa (.xlsx)" })).toBeNull();
    await userEvent.click(
      screen.getByRole("button", {
        name: "Tải sổ đã sửa dạng .xlsx (tệp .xls gốc không ghi lại được nguyên định dạng)",
      })
    );
    await waitFor(() => expect(downloads.names).toEqual(["tinh-da-sua.xlsx"]));
    const back = await readXlsx(new Uint8Array(await blobBytes(downloads.blobs[0])));
    expect(back.format).toBe("xlsx");
    expect(back.workbook.sheets.map((s) => s.name)).toEqual([
      "Hội chợ",
      "Sản phẩm trưng bày",
      "Sản phẩm OCOP",
    ]);
  }, 60_000);
});
