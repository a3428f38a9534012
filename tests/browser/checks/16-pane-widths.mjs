import { strict as assert } from "node:assert";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fiftyTwoFile } from "../fixtures.mjs";
import {
  assertNoOverlap,
  assertNoSpill,
  assertShown,
  assertWordsWhole,
  scrollState,
} from "../geometry.mjs";
import { assertAxe, sampleFile, today } from "./10-check-tab.mjs";

/**
 * Issue 16's acceptance, by bounding boxes, on the standalone page at Excel's pane sizes:
 * 320×700 and 350×900, light and dark, Vietnamese and English (the browser's language), on the
 * sample and on the 52-finding workbook (8 × 2 runs, one browser context per size, scheme and
 * language; the page is reused from state to state). In each state the job's primary action is
 * in view without scrolling, no text overlaps, nothing spills sideways and axe finds nothing:
 *  - before a check ("Mở tệp .xlsx…");
 *  - after a check: the first finding is whole in view with nothing scrolled, and the footer
 *    offers "Sửa tự động (n)…";
 *  - a finding opened by a click, by the keyboard (Escape, ArrowDown, Enter) and the last one
 *    (End): the detail's top and its first button are in view, not under the sticky footer;
 *  - the fix preview: its Apply button in view, no word of an old or new value over two lines;
 *  - after applying: "Tải sổ đã sửa" in the footer.
 * Screenshots: test-output/browser/widths/<size>-<scheme>-<lang>-<workbook>-<state>.png. Prints
 * per run the first finding's and the opened details' y and the run's time.
 */

const SIZES = [
  { width: 320, height: 700 },
  { width: 350, height: 900 },
];

const WORDS = {
  vi: {
    locale: "vi-VN",
    open: /^Mở tệp \.xlsx…$/,
    other: "Mở tệp khác…",
    list: "Các mục tìm thấy",
    fixAll: /^Sửa tự động \(\d+\)…$/,
    apply: "Áp dụng",
    download: /^Tải sổ đã sửa/,
    done: /^Đã sửa \d+ ô\.$/,
  },
  en: {
    locale: "en-US",
    open: /^Open an \.xlsx file…$/,
    other: "Open another file…",
    list: "Findings",
    fixAll: /^Apply fixes \(\d+\)…$/,
    apply: "Apply",
    download: /^Download the fixed workbook/,
    done: /^Fixed \d+ cells?\.$/,
  },
};

export default async function paneWidths({ root, baseUrl, newPage, outDir }) {
  const shots = join(outDir, "widths");
  mkdirSync(shots, { recursive: true });
  const workbooks = [
    { name: "sample", ...sampleFile(root, outDir, today()) },
    { name: "52", ...fiftyTwoFile(root, outDir, today()) },
  ];
  assert.equal(workbooks[1].findings.length, 52, "the 52-finding workbook");
  const figures = [];
  for (const size of SIZES)
    for (const scheme of ["light", "dark"])
      for (const lang of ["vi", "en"]) {
        const words = WORDS[lang];
        const { page, context, errors } = await newPage({
          locale: words.locale,
          colorScheme: scheme,
          viewport: size,
        });
        const combo = `${size.width}x${size.height}-${scheme}-${lang}`;
        try {
          await page.goto(`${baseUrl}index.html`);
          const open = page.getByRole("button", { name: words.open });
          await open.waitFor({ timeout: 5000 });
          await shot(page, join(shots, `${combo}-before.png`));
          await everyState(page, `${combo} before a check`);
          await assertShown(open, `${combo}: "Mở tệp" before a check`);
          for (const workbook of workbooks) {
            const started = Date.now();
            const where = `${combo} ${workbook.name}`;
            const seen = await oneWorkbook(
              page,
              workbook,
              words,
              where,
              shots,
              `${combo}-${workbook.name}`
            );
            figures.push({ run: where, ...seen, ms: Date.now() - started });
          }
          assert.deepEqual(errors, [], `${combo}: no console errors`);
        } finally {
          await context.close();
        }
      }
  for (const f of figures)
    console.log(
      `     ${f.run}: first finding y=${f.first}, detail y click=${f.click} keys=${f.keys} end=${f.end}, ${f.ms} ms`
    );
}

/** What every state gets (after its screenshot): no sideways scroll, no overlap, axe. */
async function everyState(page, where) {
  await assertNoSpill(page, where);
  await assertNoOverlap(page, where);
  await assertAxe(page, where);
}

/**
 * The state's picture, taken before its assertions so that a failure can be looked at, once
 * the motions (a dialog fading in) are over: boxes are measured where they settle.
 */
async function shot(page, path) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  await page.screenshot({ path });
}

async function oneWorkbook(page, workbook, words, where, shots, name) {
  const picture = (state) => shot(page, join(shots, `${name}-${state}.png`));
  // From the top, as a user who just chose the file.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('input[type="file"]').setInputFiles(workbook.file);
  await page.getByText(workbook.file.split("/").pop()).waitFor({ timeout: 20000 });
  const count = workbook.findings?.length ?? workbook.count;
  await page
    .getByTestId("total-all")
    .getByText(String(count), { exact: true })
    .waitFor({ timeout: 20000 });
  // Done: reading and checking are over when the file's buttons are enabled again.
  await page.getByRole("button", { name: words.other }).and(page.locator(":enabled")).waitFor();
  const list = page.getByRole("listbox", { name: words.list });
  const first = list.getByRole("option").first();
  await first.waitFor();

  // 1. The first finding, whole, with nothing scrolled.
  await picture("checked");
  const scrolled = await scrollState(page);
  assert.deepEqual(
    scrolled,
    { window: 0, scrolled: [] },
    `${where}: nothing scrolled after a check`
  );
  const firstBox = await assertShown(first, `${where}: the first finding after a check`);
  const fixAll = page.getByTestId("job-footer").getByRole("button", { name: words.fixAll });
  await assertShown(fixAll, `${where}: "Sửa tự động (n)" after a check`);
  await everyState(page, `${where} after a check`);

  // 2. Opened by a click: the detail under its row, its top and first button in view.
  await first.click();
  const click = await detailShown(page, `${where}: a finding opened by a click`, () =>
    picture("click")
  );
  await everyState(page, `${where} a finding opened by a click`);

  // By the keyboard: Escape closes, ArrowDown moves to the next, Enter opens it.
  await page.keyboard.press("Escape");
  await page.getByTestId("finding-detail").waitFor({ state: "detached" });
  await list.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  assert.equal(await list.getByRole("option").nth(1).getAttribute("aria-selected"), "true");
  const keys = await detailShown(page, `${where}: a finding opened by ArrowDown, Enter`, () =>
    picture("keys")
  );
  await everyState(page, `${where} a finding opened by the keyboard`);

  // The last finding, opened: the sticky footer must not sit over it.
  await page.keyboard.press("End");
  const end = await detailShown(page, `${where}: the last finding opened`, () => picture("end"));
  await everyState(page, `${where} the last finding opened`);
  await assertShown(fixAll, `${where}: "Sửa tự động (n)" with a finding open`);

  // 3. The fix preview: Apply in view, words whole, cards that do not overlap.
  await fixAll.click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await picture("preview");
  const apply = dialog.getByRole("button", { name: words.apply, exact: true });
  await assertShown(apply, `${where}: Apply in the fix preview`);
  const cardWords = await assertWordsWhole(
    page,
    '[data-testid="fix-old"], [data-testid="fix-new"]',
    `${where} fix preview`
  );
  assert.ok(cardWords > 0, `${where}: the fix preview shows values`);
  // Words further down the cards, scrolled into view, stay whole too.
  await dialog.locator('[data-testid="fix-card"]').last().scrollIntoViewIfNeeded();
  await assertWordsWhole(
    page,
    '[data-testid="fix-old"], [data-testid="fix-new"]',
    `${where} fix preview, end`
  );
  await dialog.locator('[data-testid="fix-card"]').first().scrollIntoViewIfNeeded();
  await everyState(page, `${where} fix preview`);

  // 4. Applied: the footer's primary action is now the download.
  await apply.click();
  await page.getByText(words.done).waitFor();
  await picture("applied");
  const download = page.getByTestId("job-footer").getByRole("button", { name: words.download });
  await assertShown(download, `${where}: "Tải sổ đã sửa" after applying`);
  await everyState(page, `${where} after applying`);
  return { first: Math.round(firstBox.y), click, keys, end };
}

/** The open finding's detail: its top and its first button in view, not covered. Returns its y. */
async function detailShown(page, where, picture) {
  const detail = page.getByTestId("finding-detail");
  await detail.waitFor();
  // The page shows the cell with its neighbours once it is chosen: the detail's last growth.
  await detail.getByTestId("cell-preview").waitFor();
  // The pane may scroll the detail into view; what counts is where it settles.
  await page.waitForTimeout(100);
  await picture();
  const box = await assertShown(detail, `${where}: the detail's top`, { part: "top" });
  await assertShown(detail.getByRole("button").first(), `${where}: the detail's first button`);
  return Math.round(box.y);
}
