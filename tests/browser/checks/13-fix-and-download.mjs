import { strict as assert } from "node:assert";
import { createRequire } from "node:module";
import { join } from "node:path";
import { assertAxe, openWithFile, PANE, sampleFile, today } from "./10-check-tab.mjs";

/**
 * Issue 6 review, on the standalone page: the fix preview is visible to assistive technology
 * (not hidden by the modal's focus manager) and draws what will change; after Apply and after a
 * dismissal, focus is on the findings list; the downloaded workbook keeps the opened file's
 * formula and fill and carries the fix.
 */

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");

/** The sample file with what a rebuild from values would lose: a formula and a fill. */
async function dressed(file, outDir) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const notes = wb.addWorksheet("Ghi chú");
  notes.getCell("A1").value = { formula: "1+1", result: 2 };
  notes.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  const out = join(outDir, "sample-dressed.xlsx");
  await wb.xlsx.writeFile(out);
  return out;
}

const focusedRole = (page) => page.evaluate(() => document.activeElement?.getAttribute("role"));

export default async function fixAndDownload({ root, baseUrl, newPage, outDir }) {
  const expected = sampleFile(root, outDir, today());
  const file = await dressed(expected.file, outDir);
  const { page, context, errors } = await newPage({ locale: "vi-VN", viewport: PANE });
  try {
    await openWithFile(page, baseUrl, file);
    await page.getByRole("button", { name: /^Sửa tự động \(\d+\)…$/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    // Found by role: the modal is not aria-hidden in a real browser.
    assert.equal(await dialog.getAttribute("aria-hidden"), null);
    assert.match(await dialog.innerText(), /Bảng mã cũ \(TCVN3\/VNI\) → Unicode/);
    await assertAxe(page, "fix preview");
    await page.screenshot({ path: join(outDir, "fix-preview-vi.png") });
    await dialog.getByRole("button", { name: "Áp dụng" }).click();
    await page.getByText(/^Đã sửa \d+ ô\.$/).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("role") === "listbox",
      undefined,
      { timeout: 5000 }
    );

    // Dismiss the chosen finding: the next one is chosen and the list keeps focus.
    await page.keyboard.press("Home");
    await page.getByTestId("finding-detail").waitFor();
    await page.getByRole("button", { name: "Bỏ qua mục này" }).click();
    await page.getByText("Đã bỏ qua; lần kiểm tra sau sẽ không báo lại ô này.").waitFor();
    assert.equal(await focusedRole(page), "listbox");
    await page.getByTestId("finding-detail").waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải sổ đã sửa (.xlsx)" }).click(),
    ]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(await download.path());
    const notes = back.getWorksheet("Ghi chú");
    assert.deepEqual(notes.getCell("A1").value, { formula: "1+1", result: 2 });
    assert.equal(notes.getCell("A1").fill?.fgColor?.argb, "FFFFFF00");
    assert.equal(
      back.getWorksheet("Sản phẩm trưng bày").getCell("C5").value,
      "Cơ sở Khô bò Bảy Núi"
    );
    assert.deepEqual(errors, [], "no console errors");
  } finally {
    await context.close();
  }
}
