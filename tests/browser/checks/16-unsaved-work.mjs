import { strict as assert } from "node:assert";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { assertAxe, sampleFile, today } from "./10-check-tab.mjs";

/**
 * Issue 16, work is never lost silently, on the standalone page at 350×900: with fixed cells not
 * yet downloaded, leaving the page (beforeunload), "Mở tệp khác…", the demo data and the roll-up's
 * "Dùng cho báo cáo" each ask first; "Giữ lại" keeps the fixes, "Bỏ và tiếp tục" goes on; after
 * "Tải sổ đã sửa" nothing asks. The question is the pane's own dialog (Office.js stubs
 * window.confirm to throw), so it is also asked on taskpane.html opened without Office.
 */

const VIEW = { width: 350, height: 900 };
const UNSAVED = /^\d+ ô đã sửa, chưa lưu$/;

/** Applies every known fix from the footer; answers how many cells are now unsaved. */
async function fixAll(page) {
  const button = page.getByTestId("job-footer").getByRole("button", { name: /^Sửa tự động/ });
  await button.click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Áp dụng" }).click();
  const unsaved = page.getByText(UNSAVED);
  await unsaved.waitFor({ timeout: 10000 });
  return unsaved.innerText();
}

/** Clicks `button`, expects the question, and answers it ("Giữ lại" or "Bỏ và tiếp tục"). */
async function askedOn(page, button, answer, where) {
  await button.click();
  const question = page.getByRole("alertdialog", { name: "Bỏ các ô đã sửa?" });
  await question.waitFor({ timeout: 5000 });
  assert.match(await question.innerText(), /ô đã sửa chưa được lưu/, `${where}: says what is lost`);
  await question.getByRole("button", { name: answer }).click();
  await question.waitFor({ state: "hidden" });
}

export default async function unsavedWork({ root, baseUrl, newPage, outDir }) {
  const sample = sampleFile(root, outDir, today());
  const second = join(outDir, "sample-copy.xlsx");
  copyFileSync(sample.file, second);
  for (const entry of ["index.html", "taskpane.html"]) {
    const { page, context, errors } = await newPage({ locale: "vi-VN", viewport: VIEW });
    const dialogs = [];
    // Stay on the page at first (the fixes must still be there), then leave it.
    let leave = false;
    page.on("dialog", (d) => {
      dialogs.push(d.type());
      void (leave ? d.accept() : d.dismiss());
    });
    let choosers = 0;
    page.on("filechooser", () => choosers++);
    try {
      await page.goto(`${baseUrl}${entry}`);
      await page.getByTestId("open-workbook").waitFor({ timeout: 5000 });
      await page.locator('input[type="file"]').setInputFiles(sample.file);
      await page.getByTestId("summary").waitFor({ timeout: 20000 });
      const said = await fixAll(page);

      // (c) Leaving the page asks (the browser's own question), and staying keeps the fixes.
      await page.close({ runBeforeUnload: true });
      await page.waitForTimeout(500);
      assert.deepEqual(dialogs, ["beforeunload"], `${entry}: leaving asks`);
      assert.equal(page.isClosed(), false);
      await page.getByText(said).waitFor();
      // A reload asks too; once left, the page brings the fixed workbook back still unsaved.
      leave = true;
      await page.reload();
      leave = false;
      assert.deepEqual(dialogs, ["beforeunload", "beforeunload"], `${entry}: reloading asks`);
      await page.getByText(said).waitFor({ timeout: 20000 });

      // (a) "Mở tệp khác…": "Giữ lại" keeps the fixes and opens no picker; going on opens it.
      const other = page.getByRole("button", { name: "Mở tệp khác…" });
      await askedOn(page, other, "Giữ lại", "another file");
      await page.getByText(said).waitFor();
      assert.equal(choosers, 0, "no file picker after Giữ lại");
      if (entry === "index.html") {
        await page.getByRole("alertdialog").waitFor({ state: "detached" });
        await other.click();
        // Focus starts on the safe answer, and the keyboard's Enter keeps the fixes.
        await page.getByRole("alertdialog").waitFor();
        await page.waitForFunction(() => document.activeElement?.textContent === "Giữ lại");
        await page.keyboard.press("Enter");
        await page.getByRole("alertdialog").waitFor({ state: "detached" });
        await page.getByText(said).waitFor();
        await other.click();
        await assertAxe(page, "the unsaved-work question");
        await page.screenshot({ path: join(outDir, "unsaved-question.png") });
        await page.getByRole("button", { name: "Giữ lại" }).click();
      }
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        askedOn(page, other, "Bỏ và tiếp tục", "another file"),
      ]);
      await chooser.setFiles(second);
      await page.getByText("Đang mở: sample-copy.xlsx").waitFor({ timeout: 20000 });
      assert.equal(await page.getByText(UNSAVED).count(), 0);

      // (b) The demo data asks the same.
      const again = await fixAll(page);
      const demo = page.getByRole("button", { name: "Dữ liệu thử (An Giang 2023)" });
      await askedOn(page, demo, "Giữ lại", "demo data");
      await page.getByText(again).waitFor();
      await page.getByText("Đang mở: sample-copy.xlsx").waitFor();
      await askedOn(page, demo, "Bỏ và tiếp tục", "demo data");
      await page.getByText("Đang mở: so-mau-ocop.xlsx").waitFor({ timeout: 20000 });
      await page.getByTestId("summary").waitFor({ timeout: 20000 });

      // (d) After "Tải sổ đã sửa" nothing asks: not the file button, not leaving.
      await fixAll(page);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page
          .getByTestId("job-footer")
          .getByRole("button", { name: "Tải sổ đã sửa (.xlsx)" })
          .click(),
      ]);
      await page.getByText(`Đã tải xuống ${download.suggestedFilename()}.`).waitFor();
      const before = choosers;
      await Promise.all([page.waitForEvent("filechooser"), other.click()]);
      assert.equal(choosers, before + 1, "the picker opens at once");
      assert.equal(await page.getByRole("alertdialog").count(), 0, "nothing asks after a download");
      // The demo data opens afresh without a question, with its fixes to make again.
      await demo.click();
      assert.equal(await page.getByRole("alertdialog").count(), 0, "nothing asks after a download");
      await page
        .getByTestId("job-footer")
        .getByRole("button", { name: /^Sửa tự động/ })
        .waitFor({ timeout: 20000 });

      // The roll-up's "Dùng cho báo cáo" replaces the page's workbook: it asks too.
      await fixAll(page);
      await page.getByRole("tab", { name: "Gộp sổ" }).click();
      await page.getByTestId("rollup-files").waitFor({ timeout: 10000 });
      await page.locator('input[type="file"]').setInputFiles([sample.file, second]);
      await page.getByTestId("rollup-counts").waitFor({ timeout: 30000 });
      const forReport = page.getByRole("button", { name: "Dùng cho báo cáo" });
      await askedOn(page, forReport, "Giữ lại", "roll-up");
      // Kept: still on the roll-up, and asked again next time (the fixes are still unsaved).
      await page.waitForTimeout(300);
      await page.getByRole("tab", { name: "Gộp sổ", selected: true }).waitFor();
      await askedOn(page, forReport, "Bỏ và tiếp tục", "roll-up");
      await page.getByRole("tab", { name: "Báo cáo", selected: true }).waitFor({ timeout: 20000 });
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      await page.getByText(/^Đang mở: .* - tong hop\.xlsx$/).waitFor({ timeout: 20000 });
      assert.equal(await page.getByText(UNSAVED).count(), 0);

      // Nothing unsaved: the page closes without a question.
      await page.close({ runBeforeUnload: true });
      await page.waitForEvent("close", { timeout: 5000 }).catch(() => undefined);
      assert.equal(page.isClosed(), true, "the page closed without asking");
      assert.deepEqual(dialogs, ["beforeunload", "beforeunload"], "only leaving with fixes asked");
      assert.deepEqual(errors, [], `${entry}: no console errors`);
    } finally {
      await context.close();
    }
  }
}
