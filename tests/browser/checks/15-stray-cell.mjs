import { strict as assert } from "node:assert";
import { createRequire } from "node:module";
import { join } from "node:path";
import { openWithFile, PANE, sampleFile, today } from "./10-check-tab.mjs";

/**
 * Issue 13, on the standalone page: a workbook with one stray "x" typed at XFD20000 used to hang
 * the page on "Đang mở tệp…" (the reader built a grid of 20,000 × 16,384 cells). It opens at
 * once, with the sample's own findings and one more: the value left out, as info, at its cell.
 */

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");

async function withStray(file, outDir) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet("Hội chợ").getCell("XFD20000").value = "x";
  const out = join(outDir, "sample-stray-XFD20000.xlsx");
  await wb.xlsx.writeFile(out);
  return out;
}

export default async function strayCell({ root, baseUrl, newPage, outDir }) {
  const expected = sampleFile(root, outDir, today());
  const file = await withStray(expected.file, outDir);
  const { page, context, errors } = await newPage({ locale: "vi-VN", viewport: PANE });
  try {
    const started = Date.now();
    await openWithFile(page, baseUrl, file);
    const opened = Date.now() - started;
    assert.ok(opened < 10_000, `opened and checked in ${opened} ms`);
    for (const s of ["error", "warning"])
      assert.equal(
        Number(await page.getByTestId(`total-${s}`).innerText()),
        expected.summary[s],
        `${s} total as without the stray value`
      );
    assert.equal(
      Number(await page.getByTestId("total-info").innerText()),
      expected.summary.info + 1,
      "one more info finding: the value left out"
    );
    await page.getByRole("button", { name: /^Thông tin \(\d+\)$/ }).click();
    await page
      .getByText(/Có dữ liệu sau 19\d{3} dòng trống/)
      .first()
      .waitFor({ timeout: 5000 });
    await page.screenshot({ path: join(outDir, "stray-cell-vi.png") });
    assert.deepEqual(errors, [], "no console errors");
  } finally {
    await context.close();
  }
}
