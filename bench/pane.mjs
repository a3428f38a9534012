// `node bench/pane.mjs` after `npm run build:local`: what the task pane costs a user.
//   1. the initial bundle of the pane, raw and gzip (goal ≤ 250 KiB gzip; exceljs and docx lazy);
//   2. time to first render of the standalone page in headless Chromium (goal ≤ 1 s);
//   3. opening and checking a 50,000-row .xlsx on the standalone page, with the longest gap
//      between animation frames and the longest main-thread task meanwhile (the page must
//      keep answering: reading and checking run in a worker).
// Prints figures; asserts nothing.
process.env.TZ = "UTC";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { initialBundle, kib } from "../scripts/bundle-size.mjs";
import { launchChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/static-server.mjs";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const out = join(root, "test-output", "bench");
mkdirSync(out, { recursive: true });
if (!existsSync(join(dist, "index.html"))) {
  console.error("dist/ is not built: run `npm run build:local` first.");
  process.exit(1);
}
const ROWS = Number(process.env.ROWS ?? 50_000);
const ms = (n) => `${Math.round(n)} ms`;

// 1. Initial bundle: the scripts index.html loads before anything is asked for.
const { raw, gzip, files } = initialBundle(dist, "index.html");
console.log(`initial bundle: ${kib(raw)} raw, ${kib(gzip)} gzip (goal ≤ 250 KiB gzip)`);
// The national reference (every province's units) must load on demand, never with the page.
const reference = readdirSync(dist).filter((f) => /national-reference.*\.js$/.test(f));
const referenceGzip = reference.reduce(
  (sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length,
  0
);
console.log(
  `national reference: ${reference.join(", ") || "no chunk of its own"}, ${kib(referenceGzip)} gzip, ` +
    (reference.some((f) => files.includes(f)) ? "IN the initial bundle" : "loaded on demand")
);

// A big workbook: the sample with its exhibits sheet repeated to ROWS rows.
const big = join(out, `exhibits-${ROWS}.xlsx`);
if (!existsSync(big)) {
  const script = join(out, "write-big.ts");
  writeFileSync(
    script,
    `import { writeFileSync } from "node:fs";
import { sampleWorkbook } from ${JSON.stringify(join(root, "src/core/sample"))};
import { createFilePort } from ${JSON.stringify(join(root, "src/workbook/file/filePort"))};
const raw = sampleWorkbook({ mistakes: true });
const exhibits = raw.sheets[1];
const [header, ...rows] = exhibits.values;
const [fHeader, ...fRows] = exhibits.numberFormats ?? [];
const values = [header];
const formats = [fHeader];
for (let i = 0; i < ${ROWS}; i++) {
  values.push([...rows[i % rows.length]]);
  formats.push([...fRows[i % fRows.length]]);
}
raw.sheets[1] = { ...exhibits, values, numberFormats: formats };
createFilePort(raw).toXlsx().then((bytes) => writeFileSync(${JSON.stringify(big)}, bytes));
`
  );
  const started = Date.now();
  execFileSync(join(root, "node_modules/.bin/tsx"), [script], { cwd: root, stdio: "inherit" });
  console.log(`(wrote ${big} in ${ms(Date.now() - started)})`);
}

const server = await serve(dist);
const browser = await launchChromium();
try {
  // 2. First render: from navigation start to the tabs on screen, median of five loads.
  const renders = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({
      locale: "vi-VN",
      viewport: { width: 420, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}index.html`);
    await page.getByRole("tablist").waitFor();
    renders.push(
      await page.evaluate(() => {
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return paint ? paint.startTime : performance.now();
      })
    );
    await context.close();
  }
  renders.sort((a, b) => a - b);
  console.log(
    `first render (first contentful paint with the tabs): median ${ms(renders[2])} over 5 loads (goal ≤ 1 s)`
  );

  // 3. Open and check the big file, watching the main thread.
  const context = await browser.newContext({
    locale: "vi-VN",
    viewport: { width: 420, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}index.html`);
  await page.getByTestId("open-workbook").waitFor();
  await page.evaluate(() => {
    const w = window;
    w.__gaps = [];
    w.__tasks = [];
    let last = performance.now();
    const tick = (now) => {
      w.__gaps.push(now - last);
      last = now;
      w.__raf = requestAnimationFrame(tick);
    };
    w.__raf = requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  const started = Date.now();
  await page.locator('input[type="file"]').setInputFiles(big);
  await page.getByTestId("summary").waitFor({ timeout: 300_000 });
  const elapsed = Date.now() - started;
  const watch = await page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    const gaps = window.__gaps;
    const tasks = window.__tasks;
    return {
      frames: gaps.length,
      longestGap: Math.max(0, ...gaps),
      gapsOver100: gaps.filter((g) => g > 100).length,
      longestTask: Math.max(0, ...tasks),
      tasks: tasks.length,
    };
  });
  const totals = await page.evaluate(() =>
    ["error", "warning", "info"].map(
      (s) => document.querySelector(`[data-testid=total-${s}]`)?.textContent
    )
  );
  console.log(
    `open + check ${ROWS.toLocaleString("en")} exhibit rows: ${ms(elapsed)} (errors/warnings/info ${totals.join("/")})`
  );
  console.log(
    `  main thread meanwhile: ${watch.frames} frames, longest gap ${ms(watch.longestGap)}, ` +
      `${watch.gapsOver100} gaps over 100 ms, longest task ${ms(watch.longestTask)} (${watch.tasks} tasks over 50 ms)`
  );
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
