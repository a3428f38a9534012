import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../../src/core/check";
import { sampleWorkbook } from "../../../src/core/sample";
import { defaultSettings } from "../../../src/core/settings";
import { fixesOf } from "../../../src/taskpane/check/FixDialog";
import { createFilePort } from "../../../src/workbook/file/filePort";
import { nationalReferenceOnce } from "../../builders";
import { splitByUnit } from "../../core/rollup/splitByUnit";
import { renderStandalone, TODAY } from "../renderPane";

const national = nationalReferenceOnce();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

jest.setTimeout(60_000);
/** The whole suite shares two cores in CI: what a user sees at once may take seconds here. */
const WAIT = { timeout: 10_000 };

const options = () => ({ today: TODAY, reference: national.current });
const sample = () => sampleWorkbook({ mistakes: true });

/** Two unit workbooks cut from the clean sample, as the files a user picks. */
const unitFiles = () =>
  Promise.all(
    splitByUnit(sampleWorkbook({ mistakes: false }), defaultSettings(), options(), 2).map(
      async (raw, i) =>
        new File([(await createFilePort(raw).toXlsx()) as BlobPart], `don-vi-${i + 1}.xlsx`, {
          type: XLSX,
        })
    )
  );

/** On the check tab, the demo data with every known fix applied and not downloaded. */
async function unsavedFixes(): Promise<number> {
  await userEvent.click(screen.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }));
  const n = fixesOf(checkWorkbook(sample(), defaultSettings(), options()).findings).length;
  const footer = await screen.findByTestId("job-footer", {}, { timeout: 10_000 });
  await userEvent.click(within(footer).getByRole("button", { name: `Sửa tự động (${n})…` }));
  const dialog = await screen.findByRole("dialog", { hidden: true }, WAIT);
  await userEvent.click(within(dialog).getByRole("button", { name: "Áp dụng", hidden: true }));
  await screen.findByText(`${n} ô đã sửa, chưa lưu`, {}, WAIT);
  return n;
}

/**
 * The check tab with fixes not downloaded; then, on the roll-up tab, two unit files merged and
 * "Dùng cho báo cáo" clicked. Answers how many cells were fixed.
 */
async function fixesThenMergedForReport(): Promise<number> {
  await renderStandalone(sample());
  const n = await unsavedFixes();
  await userEvent.click(screen.getByRole("tab", { name: "Gộp sổ" }));
  const zone = await screen.findByTestId("rollup-files", {}, { timeout: 10_000 });
  await userEvent.upload(
    zone.querySelector<HTMLInputElement>('input[type="file"]')!,
    await unitFiles()
  );
  await screen.findByTestId("rollup-counts", {}, { timeout: 20_000 });
  const useForReport = screen.getByRole("button", { name: "Dùng cho báo cáo" });
  await waitFor(() => expect(useForReport).toBeEnabled(), WAIT);
  await userEvent.click(useForReport);
  return n;
}

async function answer(button: string) {
  const question = await screen.findByRole(
    "alertdialog",
    { name: "Bỏ các ô đã sửa?", hidden: true },
    WAIT
  );
  await userEvent.click(within(question).getByRole("button", { name: button, hidden: true }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument(), WAIT);
}

describe("'Dùng cho báo cáo' with fixes not yet downloaded", () => {
  it("asks before the merged workbook replaces the page's, and keeps the fixes when told", async () => {
    const n = await fixesThenMergedForReport();
    await answer("Giữ lại");
    expect(screen.getByRole("tab", { name: "Gộp sổ" })).toHaveAttribute("aria-selected", "true");
    await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(await screen.findByText(`${n} ô đã sửa, chưa lưu`, {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText("Đang mở: so-mau-ocop.xlsx")).toBeInTheDocument();
  });

  it("goes on when told: the merged workbook is the page's and the report tab opens", async () => {
    await fixesThenMergedForReport();
    await answer("Bỏ và tiếp tục");
    await waitFor(
      () =>
        expect(screen.getByRole("tab", { name: "Báo cáo" })).toHaveAttribute(
          "aria-selected",
          "true"
        ),
      { timeout: 20_000 }
    );
    await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(
      await screen.findByText(/^Đang mở: .* - tong hop\.xlsx$/, {}, { timeout: 20_000 })
    ).toBeInTheDocument();
    expect(screen.queryByText(/ô đã sửa, chưa lưu/)).not.toBeInTheDocument();
  });
});
