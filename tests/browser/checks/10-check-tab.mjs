import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { sampleFile } from "../fixtures.mjs";

/**
 * Issue 6, Check tab on the standalone page: an .xlsx written from the sample (with its
 * mistakes) in Node goes through the file input; the counts shown are the core's counts; a
 * finding is chosen by click and by arrow keys and shows its cell with neighbours; the findings
 * export; the language switches; the page reloads and keeps the workbook. axe on the tab, light
 * and dark. The helpers below are shared with the other 1x checks.
 */

const require = createRequire(import.meta.url);

export { sampleFile } from "../fixtures.mjs";

/** axe-core on the page as it is: no serious or critical violation. */
export async function assertAxe(page, where) {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  // Fluent's focus manager (tabster) adds hidden <i tabindex=0> sentinels that hand focus on at
  // the edges of a group; they are not content and axe's aria-hidden-focus misreads them.
  const { violations } = await page.evaluate(() =>
    window.axe.run({ exclude: [["[data-tabster-dummy]"]] })
  );
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")})`
    ),
    [],
    `axe on ${where}`
  );
}

export const today = () => new Date().toISOString().slice(0, 10);

/** About the width Excel gives a task pane. */
export const PANE = { width: 420, height: 900 };

/** Opens the standalone page and loads `file` through the file input; waits for the summary. */
export async function openWithFile(page, baseUrl, file, query = "") {
  await page.goto(`${baseUrl}index.html${query}`);
  await page.getByTestId("open-workbook").waitFor({ timeout: 5000 });
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByTestId("summary").waitFor({ timeout: 20000 });
}

export default async function checkTab({ root, baseUrl, newPage, outDir }) {
  const expected = sampleFile(root, outDir, today());
  assert.ok(expected.count > 0, "the sample carries mistakes");
  for (const scheme of ["light", "dark"]) {
    const { page, context, errors } = await newPage({
      locale: "vi-VN",
      colorScheme: scheme,
      viewport: PANE,
    });
    try {
      await openWithFile(page, baseUrl, expected.file);
      for (const s of ["error", "warning", "info"])
        assert.equal(
          Number(await page.getByTestId(`total-${s}`).innerText()),
          expected.summary[s],
          `${s} total`
        );
      assert.match(
        await page.getByText(/Đang mở: sample-with-mistakes\.xlsx/).innerText(),
        /sample/
      );
      await assertAxe(page, `check tab (${scheme})`);

      // Choose a finding with the keyboard: focus the list, arrow down, the detail follows.
      const list = page.getByRole("listbox", { name: "Các mục tìm thấy" });
      await list.focus();
      await page.keyboard.press("ArrowDown");
      const detail = page.getByTestId("finding-detail");
      await detail.waitFor();
      const options = list.getByRole("option");
      assert.equal(await options.nth(1).getAttribute("aria-selected"), "true");
      const first = expected.first;
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("Enter");
      assert.match(await detail.innerText(), new RegExp(`${first.column}${first.row}`));
      await page.getByTestId("cell-preview").waitFor();
      assert.match(
        await page.getByTestId("cell-preview").innerText(),
        new RegExp(`${first.column}${first.row}`)
      );
      await assertAxe(page, `check tab with a finding chosen (${scheme})`);
      await page.screenshot({ path: join(outDir, `check-vi-${scheme}.png`), fullPage: true });

      if (scheme === "light") {
        // Export the findings as CSV: one line per finding after the header.
        const [csv] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Xuất kết quả CSV" }).click(),
        ]);
        const text = readFileSync(await csv.path(), "utf8");
        assert.equal(text.trim().split("\r\n").length, expected.count + 1);

        // English, then a reload: the workbook and its results are still there.
        await page.getByRole("button", { name: "Cài đặt" }).click();
        await page.getByRole("menuitemradio", { name: "English" }).click();
        await page.getByRole("button", { name: "Check again" }).waitFor();
        await page.screenshot({ path: join(outDir, "check-en-light.png"), fullPage: true });
        await page.reload();
        await page.getByTestId("summary").waitFor({ timeout: 20000 });
        assert.equal(
          Number(await page.getByTestId("total-error").innerText()),
          expected.summary.error
        );
      }
      assert.deepEqual(errors, [], "no console errors");
    } finally {
      await context.close();
    }
  }
}
