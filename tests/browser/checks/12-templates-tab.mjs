import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertAxe, PANE } from "./10-check-tab.mjs";

/**
 * Issue 6, Templates tab on the standalone page: the empty template and the sample workbook
 * download as .xlsx; then the bundled sample opens from the Check tab and is checked (what a
 * new user does first). axe light and dark; screenshots.
 */
export default async function templatesTab({ baseUrl, newPage, outDir }) {
  for (const scheme of ["light", "dark"]) {
    const { page, context, errors } = await newPage({
      locale: "vi-VN",
      colorScheme: scheme,
      viewport: PANE,
    });
    try {
      await page.goto(`${baseUrl}index.html`);
      await page.getByRole("tab", { name: "Mẫu trống" }).click();
      await page.getByRole("button", { name: "Tải mẫu trống (.xlsx)" }).waitFor();
      await assertAxe(page, `templates tab (${scheme})`);
      await page.screenshot({ path: join(outDir, `templates-vi-${scheme}.png`), fullPage: true });
      if (scheme === "light") {
        for (const [button, name] of [
          ["Tải mẫu trống (.xlsx)", "mau-so-theo-doi-ocop.xlsx"],
          ["Tải dữ liệu thử (.xlsx)", "so-mau-ocop.xlsx"],
        ]) {
          const [file] = await Promise.all([
            page.waitForEvent("download"),
            page.getByRole("button", { name: button }).click(),
          ]);
          assert.equal(file.suggestedFilename(), name);
          assert.equal(
            readFileSync(await file.path())
              .subarray(0, 2)
              .toString("latin1"),
            "PK"
          );
        }
        await page.getByRole("tab", { name: "Kiểm tra" }).click();
        await page.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" }).click();
        await page.getByTestId("summary").waitFor({ timeout: 20000 });
        assert.ok(
          Number(await page.getByTestId("total-error").innerText()) > 0,
          "the sample's mistakes are found"
        );
        await page.getByRole("button", { name: "Cài đặt" }).click();
        await page.getByRole("menuitemradio", { name: "English" }).click();
        await page.getByRole("tab", { name: "Blank form" }).click();
        await page.screenshot({ path: join(outDir, "templates-en-light.png"), fullPage: true });
      }
      assert.deepEqual(errors, [], "no console errors");
    } finally {
      await context.close();
    }
  }
}
