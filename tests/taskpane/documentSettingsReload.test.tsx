/**
 * The document settings form saves into the workbook, and a reload finds them there: through the
 * real Excel door over the strict fake Excel (a new door over the same workbook), and through the
 * standalone page's file door (the workbook's .xlsx bytes opened again in a fresh page).
 */
import { render, screen, fireEvent } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { sampleWorkbook } from "../../src/core/sample";
import { createExcelPort } from "../../src/workbook/excel/excelPort";
import { createFileDoor } from "../../src/workbook/file/fileDoor";
import type { FileDoor, InMemoryPort } from "../../src/workbook/port";
import { FakeExcel } from "../workbook/excel/fakeExcel";
import { pageServices, renderStandalone, TODAY } from "./renderPane";
import { excelHolding } from "../workbook/excel/excelHolding";

jest.setTimeout(180_000);

const SIGNER = "Nguyễn Văn Bình";
const ROLE = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC";


function renderOver(host: FakeExcel) {
  sessionStorage.clear();
  const port = createExcelPort({ run: host.run, apiSupport: host.supports, today: () => TODAY });
  return render(
    <App
      host={Promise.resolve({ kind: "excel", displayLanguage: "vi-VN" })}
      services={{ excelPort: () => port, today: () => TODAY }}
    />
  );
}

async function openDocumentForm() {
  await userEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
  await userEvent.click(await screen.findByRole("radio", { name: "Toàn văn báo cáo" }));
  await screen.findByTestId("document-preview");
  await userEvent.click(screen.getByRole("button", { name: /^Thông tin văn bản/ }));
  await screen.findByRole("textbox", { name: "Họ và tên người ký" });
}

async function fillAndLeave(name: string, text: string) {
  const field = screen.getByRole("textbox", { name });
  await userEvent.click(field);
  fireEvent.change(field, { target: { value: text } });
  await userEvent.tab();
}

/** What the pane shows once the document's form is open again. */
async function expectSaved() {
  expect(screen.getByRole("textbox", { name: "Họ và tên người ký" })).toHaveValue(SIGNER);
  expect(screen.getByRole("textbox", { name: "Quyền hạn, chức vụ người ký" })).toHaveValue(ROLE);
  const preview = screen.getByTestId("document-preview");
  expect(preview).toHaveTextContent(SIGNER);
  expect(preview).toHaveTextContent("KT. GIÁM ĐỐC");
  expect(preview.querySelector('mark[data-blank="Họ và tên người ký"]')).toBeNull();
}

describe("document settings survive a reload", () => {
  it("in Excel: saved through the door, read back by a new door over the same workbook", async () => {
    const host = excelHolding(sampleWorkbook({ mistakes: true }));
    const first = renderOver(host);
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    await openDocumentForm();
    await fillAndLeave("Họ và tên người ký", SIGNER);
    await fillAndLeave("Quyền hạn, chức vụ người ký", ROLE);
    first.unmount();

    renderOver(host);
    await userEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("summary");
    await openDocumentForm();
    await expectSaved();
  });

  it("on the page: kept in the workbook's .xlsx, read back when those bytes are opened again", async () => {
    const door = createFileDoor();
    const ports: InMemoryPort[] = [];
    const files: FileDoor = {
      open: async (bytes, options) => {
        const port = await door.open(bytes, options);
        ports.push(port);
        return port;
      },
      fromGrids: (raw, options) => {
        const port = door.fromGrids(raw, options);
        ports.push(port);
        return port;
      },
    };
    const first = await renderStandalone(sampleWorkbook({ mistakes: true }), { files });
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
    await screen.findByTestId("summary");
    await openDocumentForm();
    await fillAndLeave("Họ và tên người ký", SIGNER);
    await fillAndLeave("Quyền hạn, chức vụ người ký", ROLE);
    const bytes = await ports[ports.length - 1].toXlsx();
    first.unmount();

    // A fresh page with no memory of the last one: only the file carries the settings.
    sessionStorage.clear();
    render(
      <App
        host={Promise.resolve({ kind: "standalone", displayLanguage: "vi-VN" })}
        services={pageServices()}
      />
    );
    await userEvent.upload(
      await screen.findByLabelText("Chọn tệp .xlsx để kiểm tra"),
      new File([bytes as BlobPart], "tinh.xlsx")
    );
    await screen.findByTestId("summary");
    await openDocumentForm();
    await expectSaved();
  });
});
