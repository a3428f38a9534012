import { join } from "node:path";
import { strict as assert } from "node:assert";

/** Outside Office, a browser that asks for English gets the English pane. */
export default async function englishBrowser({ baseUrl, newPage, outDir }) {
  const { page, context, errors } = await newPage({ locale: "en-US" });
  try {
    await page.goto(`${baseUrl}index.html`);
    const notice = page.getByTestId("host-notice");
    await notice.waitFor({ state: "visible", timeout: 2000 });
    assert.match(await notice.innerText(), /Standalone/);
    await page.screenshot({ path: join(outDir, "standalone-en.png"), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}
