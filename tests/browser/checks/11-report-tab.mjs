import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertAxe, openWithFile, PANE, sampleFile, today } from "./10-check-tab.mjs";

/**
 * Issue 6, Report tab on the standalone page: the report of the checked sample, its fields, the
 * left-out warning; "Sao chép sang Word" puts text/html (Times New Roman, the facts) and
 * text/plain on the clipboard together; "Sao chép văn bản" plain text; "Tải .docx" downloads a
 * Word file. axe light and dark; screenshots in Vietnamese and English.
 */
export default async function reportTab({ root, baseUrl, newPage, outDir }) {
  const sample = sampleFile(root, outDir, today());
  for (const scheme of ["light", "dark"]) {
    const { page, context, errors } = await newPage({
      locale: "vi-VN",
      colorScheme: scheme,
      viewport: PANE,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    try {
      await openWithFile(page, baseUrl, sample.file);
      await page.getByRole("tab", { name: "Báo cáo" }).click();
      const preview = page.getByTestId("report-preview");
      await preview.waitFor();
      assert.equal(
        await page.getByRole("spinbutton", { name: "Năm báo cáo" }).inputValue(),
        "2023"
      );
      assert.match(await page.getByTestId("left-out").innerText(), /Báo cáo không tính \d+ dòng/);
      const shown = await preview.innerText();
      assert.match(shown, /Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP/);
      await assertAxe(page, `report tab (${scheme})`);
      await page.screenshot({ path: join(outDir, `report-vi-${scheme}.png`), fullPage: true });

      if (scheme === "light") {
        await page.getByRole("button", { name: "Sao chép sang Word" }).click();
        // The sample has rows left out: copying asks once (issue 10).
        await page.getByRole("button", { name: "Vẫn sao chép" }).click();
        await page.getByText("Đã sao chép. Mở Word và dán (Ctrl+V).").waitFor();
        const copied = await page.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          const read = async (type) =>
            item.types.includes(type) ? (await item.getType(type)).text() : undefined;
          return { html: await read("text/html"), text: await read("text/plain") };
        });
        assert.match(copied.html ?? "", /Times New Roman/, "HTML in Times New Roman");
        // A count keeps its word on one line in the HTML (issue 10): "24&nbsp;sản phẩm".
        assert.match(copied.html ?? "", /toàn tỉnh có \d+&nbsp;sản phẩm được công nhận/);
        assert.match(copied.html ?? "", /Hội chợ Triển lãm/);
        assert.match(
          copied.text ?? "",
          /^Kết quả triển khai thực hiện Chương trình Mỗi xã một sản phẩm \(OCOP\) năm 2023/
        );
        assert.ok(!/</.test(copied.text ?? ""), "plain text carries no markup");

        await page.getByRole("button", { name: "Sao chép văn bản" }).click();
        await page.getByText("Đã sao chép văn bản.").waitFor();
        const plain = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(plain, copied.text);

        const [docx] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Tải .docx" }).click(),
        ]);
        assert.equal(docx.suggestedFilename(), "bao-cao-ocop-2023.docx");
        const bytes = readFileSync(await docx.path());
        assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "a .docx is a zip");

        await page.getByRole("button", { name: "Cài đặt" }).click();
        await page.getByRole("menuitemradio", { name: "English" }).click();
        await page.getByRole("button", { name: "Copy for Word" }).waitFor();
        assert.match(
          await page.getByTestId("left-out").innerText(),
          /The report leaves out \d+ rows?/
        );
        await page.screenshot({ path: join(outDir, "report-en-light.png"), fullPage: true });
      }
      assert.deepEqual(errors, [], "no console errors");
    } finally {
      await context.close();
    }
  }
}
