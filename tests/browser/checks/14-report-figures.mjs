import { strict as assert } from "node:assert";
import { join } from "node:path";
import { assertAxe, openWithFile, PANE, sampleFile, today } from "./10-check-tab.mjs";

/**
 * Issue 10 in Chromium, on the standalone page with the checked sample: a figure of the report
 * is a button that lists the rows it counts, each a link; the copy button shows how many rows
 * the report leaves out, and the left-out rows are listed with why; the "khoảng" switch writes
 * "khoảng" before the lượt.
 */
export default async function reportFigures({ root, baseUrl, newPage, outDir }) {
  const sample = sampleFile(root, outDir, today());
  const { page, context, errors } = await newPage({ locale: "vi-VN", viewport: PANE });
  try {
    await openWithFile(page, baseUrl, sample.file);
    await page.getByRole("tab", { name: "Báo cáo" }).click();
    const preview = page.getByTestId("report-preview");
    await preview.waitFor();

    // The year's total of ranked products: the first figure of the ranking paragraph.
    const total = preview.locator('[data-paragraph="ranking"] button').first();
    const figureText = (await total.innerText()).replace(/\s/g, " ");
    const printed = Number(/^(\d+) sản phẩm$/.exec(figureText)?.[1]);
    assert.ok(printed > 0, `a count of products: "${figureText}"`);
    await total.click();
    const rows = page.getByTestId("figure-rows");
    await rows.waitFor();
    assert.match(await rows.innerText(), new RegExp(`được tính từ ${printed} dòng`));
    const links = rows.getByRole("button", { name: /^'Sản phẩm OCOP' dòng \d+$/ });
    assert.equal(await links.count(), printed, "the figure lists as many rows as it counts");

    const leftOut = Number(
      /Báo cáo không tính (\d+) dòng/.exec(await page.getByTestId("left-out").innerText())?.[1]
    );
    assert.ok(leftOut > 0, "the sample has rows left out");
    const copy = page.getByRole("button", { name: /^Sao chép sang Word/ });
    assert.match(await copy.innerText(), new RegExp(`\\(${leftOut} dòng không tính\\)`));
    const leftLinks = page.getByTestId("left-out").getByRole("button", { name: /dòng \d+$/ });
    assert.equal(await leftLinks.count(), leftOut, "each left-out row is a link");

    assert.ok(!/khoảng/.test(await preview.innerText()), "no khoảng unless asked");
    await page.getByRole("switch", { name: /khoảng/ }).click();
    await page.waitForFunction(() =>
      /khoảng/.test(document.querySelector('[data-testid="report-preview"]')?.textContent ?? "")
    );
    await assertAxe(page, "report figures");
    await page.screenshot({ path: join(outDir, "report-figures.png"), fullPage: true });
    assert.deepEqual(errors, [], "no console errors");
  } finally {
    await context.close();
  }
}
