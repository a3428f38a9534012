import { join } from "node:path";
import { strict as assert } from "node:assert";

/** Issue 2: the built taskpane.html, without Office, says within 2 s that it runs standalone. */
export default async function standaloneNotice({ baseUrl, newPage, outDir }) {
  const { page, context, errors } = await newPage({ locale: "vi-VN" });
  try {
    const started = Date.now();
    await page.goto(`${baseUrl}taskpane.html`);
    const notice = page.getByTestId("host-notice");
    await notice.waitFor({ state: "visible", timeout: 2000 });
    const elapsed = Date.now() - started;
    const text = await notice.innerText();
    assert.match(text, /Chế độ độc lập/, `notice in Vietnamese, saw: ${text}`);
    assert.ok(elapsed <= 2000, `notice after ${elapsed} ms`);
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");
    await page.screenshot({ path: join(outDir, "taskpane-standalone-vi.png"), fullPage: true });
    // Keyboard: the tabs are reachable and move with the arrow keys (Fluent/tabster, real layout).
    await page.getByRole("tab", { name: "Kiểm tra" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    assert.equal(
      await page.getByRole("tab", { name: "Báo cáo" }).getAttribute("aria-selected"),
      "true"
    );
    assert.deepEqual(errors, [], "no console errors");
  } finally {
    await context.close();
  }
}
