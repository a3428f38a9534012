/**
 * "Gộp sổ" inside Excel: the pane, the real Excel door and the strict fake Excel together. The
 * other units' rows go under the open workbook's rows after a preview; the result checks clean and
 * reports as the unsplit sample; a second import adds nothing; undo takes the import back.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../../src/core/check";
import { buildReport } from "../../../src/core/report/buildReport";
import { defaultReportOptions } from "../../../src/core/report/reportOptions";
import { toText } from "../../../src/core/report/toText";
import { sampleWorkbook } from "../../../src/core/sample";
import { defaultSettings } from "../../../src/core/settings";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { App } from "../../../src/taskpane/App";
import { createExcelPort } from "../../../src/workbook/excel/excelPort";
import { createFileDoor } from "../../../src/workbook/file/fileDoor";
import { createFilePort } from "../../../src/workbook/file/filePort";
import type { WorkbookPort } from "../../../src/workbook/port";
import { nationalReferenceOnce } from "../../builders";
import { splitByUnit } from "../../core/rollup/splitByUnit";
import { FakeExcel, getCell } from "../../workbook/excel/fakeExcel";
import { TODAY } from "../renderPane";
import { excelHolding } from "../../workbook/excel/excelHolding";

const national = nationalReferenceOnce();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const options = () => ({ today: TODAY, reference: national.current });

const units = () =>
  splitByUnit(sampleWorkbook({ mistakes: false }), defaultSettings(), options(), 3);


const reportText = (raw: RawWorkbook) => {
  const r = checkWorkbook(raw, defaultSettings(), options());
  return toText(
    buildReport(r.typed, {
      ...defaultReportOptions(r.typed, defaultSettings()),
      reference: national.current,
    })
  );
};

/** Every cell's value, sheet by sheet (a user's view of the data). */
const valuesOf = (host: FakeExcel) =>
  host.sheets.map((s) => {
    const out: string[] = [];
    for (let r = 1; r <= 80; r++) for (let c = 1; c <= 20; c++) out.push(String(getCell(s, r, c)));
    return out;
  });

async function renderOver(host: FakeExcel): Promise<WorkbookPort> {
  sessionStorage.clear();
  const port = createExcelPort({ run: host.run, apiSupport: host.supports, today: () => TODAY });
  render(
    <App
      host={Promise.resolve({ kind: "excel", displayLanguage: "vi-VN" })}
      services={{ excelPort: () => port, files: createFileDoor(), today: () => TODAY }}
    />
  );
  // The tab list shows once the host is known (the pane's notices change with its layout).
  await screen.findByRole("tab", { name: "Gộp sổ" });
  return port;
}

async function chooseFiles(books: RawWorkbook[]) {
  const zone = await screen.findByTestId("rollup-files", {}, { timeout: 10_000 });
  const files = await Promise.all(
    books.map(
      async (raw, i) =>
        new File([(await createFilePort(raw).toXlsx()) as BlobPart], `don-vi-${i + 2}.xlsx`, {
          type: XLSX,
        })
    )
  );
  await userEvent.upload(zone.querySelector<HTMLInputElement>('input[type="file"]')!, files);
}

describe("Gộp sổ in Excel", () => {
  it("previews, imports the other units' rows under the open workbook's, and undoes it as one step", async () => {
    const [mine, ...others] = units();
    const host = excelHolding(mine);
    const before = valuesOf(host);
    const port = await renderOver(host);
    await userEvent.click(screen.getByRole("tab", { name: "Gộp sổ" }));
    await chooseFiles(others);

    const preview = await screen.findByTestId("rollup-preview", {}, { timeout: 20_000 });
    // Exhibits and products all come in; fairs only those the open workbook lacks.
    const exhibits = others.reduce((n, b) => n + b.sheets[1].values.length - 1, 0);
    expect(preview).toHaveTextContent(`trang tính Sản phẩm trưng bày: ${exhibits} dòng`);
    const button = screen.getByRole("button", { name: /^Nhập \d+ dòng vào sổ$/ });
    expect(valuesOf(host)).toEqual(before);

    await userEvent.click(button);
    await screen.findByText(/^Đã nhập \d+ dòng và kiểm tra lại sổ\.$/, {}, { timeout: 20_000 });
    const after = await port.readSheets();
    expect(checkWorkbook(after, defaultSettings(), options()).findings).toEqual([]);
    expect(reportText(after)).toBe(reportText(sampleWorkbook({ mistakes: false })));
    // Rolled up again, the same files bring nothing new.
    expect(
      await screen.findByText("Sổ đang mở đã có mọi dòng của các tệp này.")
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Nhập \d+ dòng vào sổ$/ })).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Hoàn tác lần nhập" }));
    await screen.findByText("Đã hoàn tác: sổ như trước khi nhập.", {}, { timeout: 20_000 });
    expect(valuesOf(host)).toEqual(before);
    await waitFor(() =>
      expect(screen.getByRole("button", { name: /^Nhập \d+ dòng vào sổ$/ })).toBeEnabled()
    );
  });
});
