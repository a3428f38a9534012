import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assertAxe, today } from "./10-check-tab.mjs";

/**
 * Issue 15, "Gộp sổ" on the standalone page at 350×900: three unit workbooks split from the clean
 * sample (built here as .xlsx bytes) go through the one file input; the per-file counts and the
 * across checks show; the merged workbook downloads under the province's name; "Dùng cho báo
 * cáo" hands it to the report tab, whose text is the unsplit sample's report word for word.
 * axe light and dark; screenshots in test-output/browser/.
 */

const VIEW = { width: 350, height: 900 };

/** Writes the three unit files and returns their paths and the unsplit sample's report text. */
function unitFiles(root, outDir, day) {
  const script = join(outDir, "write-units.ts");
  const at = (p) => JSON.stringify(join(root, p));
  writeFileSync(
    script,
    `import { writeFileSync } from "node:fs";
import { checkWorkbook } from ${at("src/core/check")};
import { buildReport } from ${at("src/core/report/buildReport")};
import { defaultReportOptions } from ${at("src/core/report/reportOptions")};
import { toText } from ${at("src/core/report/toText")};
import { sampleWorkbook } from ${at("src/core/sample")};
import { defaultSettings } from ${at("src/core/settings")};
import nationalData from ${at("src/core/reference/data/national.json")};
import { createNationalReference } from ${at("src/core/reference/nationalReference")};
import { createFilePort } from ${at("src/workbook/file/filePort")};
import { splitByUnit } from ${at("tests/core/rollup/splitByUnit")};
const reference = createNationalReference(nationalData);
const options = { today: ${JSON.stringify(day)}, reference };
const original = sampleWorkbook({ mistakes: false });
const { typed } = checkWorkbook(original, defaultSettings(), options);
const text = toText(buildReport(typed, { ...defaultReportOptions(typed, defaultSettings()), reference }));
const parts = splitByUnit(original, defaultSettings(), options, 3);
Promise.all(parts.map(async (raw, i) => {
  const file = ${JSON.stringify(outDir)} + "/don-vi-" + (i + 1) + ".xlsx";
  writeFileSync(file, await createFilePort(raw).toXlsx());
  return file;
})).then((files) => console.log(JSON.stringify({ files, text })));
`
  );
  const out = execFileSync(join(root, "node_modules/.bin/tsx"), [script], {
    cwd: root,
    env: { ...process.env, TZ: "UTC" },
  }).toString();
  return JSON.parse(out.trim().split("\n").pop());
}

export default async function rollup({ root, baseUrl, newPage, outDir }) {
  const { files, text } = unitFiles(root, outDir, today());
  for (const scheme of ["light", "dark"]) {
    const { page, context, errors } = await newPage({
      locale: "vi-VN",
      colorScheme: scheme,
      viewport: VIEW,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    try {
      await page.goto(`${baseUrl}index.html`);
      await page.getByRole("tab", { name: "Gộp sổ" }).click();
      await page.getByTestId("rollup-files").waitFor({ timeout: 10000 });
      await page.locator('input[type="file"]').setInputFiles(files);
      const counts = page.getByTestId("rollup-counts");
      await counts.waitFor({ timeout: 30000 });
      assert.equal(await counts.locator("tbody tr").count(), 3);
      for (let i = 1; i <= 3; i++) await counts.getByText(`don-vi-${i}.xlsx`).waitFor();
      await page.getByText("Không thấy vấn đề nào giữa các sổ.").waitFor();
      // The primary action is on screen without scrolling.
      const primary = page.getByRole("button", { name: "Tải sổ đã gộp" });
      const box = await primary.boundingBox();
      assert.ok(box && box.y + box.height <= VIEW.height, "the primary action is in view");
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= 350),
        "nothing wider than the pane"
      );
      await assertAxe(page, `roll-up tab (${scheme})`);
      await page.screenshot({ path: join(outDir, `rollup-vi-${scheme}.png`), fullPage: true });
      if (scheme === "dark") {
        assert.deepEqual(errors, [], "no console errors");
        continue;
      }

      const [download] = await Promise.all([page.waitForEvent("download"), primary.click()]);
      assert.equal(download.suggestedFilename(), "An Giang - tong hop.xlsx");
      const bytes = readFileSync(await download.path());
      assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "an .xlsx is a zip");
      await page.getByText("Đã tải “An Giang - tong hop.xlsx”.").waitFor();

      await page.getByRole("button", { name: "Dùng cho báo cáo" }).click();
      await page.getByTestId("report-preview").waitFor({ timeout: 30000 });
      await page.getByRole("button", { name: "Sao chép văn bản" }).click();
      await page.getByText("Đã sao chép văn bản.").waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, text, "the merged workbook's report is the unsplit sample's");
      await page.screenshot({ path: join(outDir, "rollup-report-vi-light.png"), fullPage: true });

      // A unit's workbook sent twice under two names: each across finding names both places.
      const twice = join(outDir, "don-vi-1-ban-sao.xlsx");
      copyFileSync(files[0], twice);
      await page.getByRole("tab", { name: "Gộp sổ" }).click();
      // The tab starts afresh when it opens again.
      await page.getByTestId("rollup-files").waitFor({ timeout: 10000 });
      await page.locator('input[type="file"]').setInputFiles([files[0], twice]);
      const across = page.getByRole("list", { name: "Kiểm tra chéo giữa các sổ" });
      await across.waitFor({ timeout: 30000 });
      const first = await across.getByRole("listitem").first().innerText();
      assert.match(
        first,
        /don-vi-1-ban-sao\.xlsx, Sản phẩm OCOP, ô [A-Z]+\d+ ↔ don-vi-1\.xlsx, Sản phẩm OCOP, ô [A-Z]+\d+|don-vi-1\.xlsx, .+ ↔ don-vi-1-ban-sao\.xlsx/
      );
      await assertAxe(page, "roll-up across findings");
      await page.screenshot({ path: join(outDir, "rollup-across-vi-light.png"), fullPage: true });
      assert.deepEqual(errors, [], "no console errors");
    } finally {
      await context.close();
    }
  }
}
