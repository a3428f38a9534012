import { strict as assert } from "node:assert";
import { join } from "node:path";

/**
 * Office 2016/2019 on Windows show add-ins in IE 11 or EdgeHTML, which cannot run the pane: the
 * page must say so in words. Chromium stands in for such an engine by refusing optional chaining.
 */
export default async function legacyEngine({ baseUrl, newPage, outDir }) {
  const { page, context } = await newPage({ locale: "vi-VN" });
  try {
    await page.addInitScript(() => {
      const RealFunction = Function;
      // eslint-disable-next-line no-global-assign
      Function = function (...args) {
        if (String(args[args.length - 1]).includes("?.")) throw new SyntaxError("Unexpected token");
        return RealFunction(...args);
      };
    });
    // ...and cannot parse the modern bundle at all.
    await page.route(/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}taskpane.html`);
    const alert = page.getByRole("alert").first();
    await alert.waitFor({ timeout: 2000 });
    assert.match(await alert.innerText(), /Excel 2016 và 2019/);
    await page.screenshot({ path: join(outDir, "legacy-engine-vi.png") });
  } finally {
    await context.close();
  }
}
