// The browser / CI suite: serves the built dist/ on loopback, opens it in Debian's headless
// Chromium (playwright-core) and runs every check in tests/browser/checks/*.mjs.
// A check module: `export default async function (ctx)`; it throws to fail.
// A missing browser is a failure, never a skip. Screenshots go to test-output/browser/.
process.env.TZ = "UTC";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CHROMIUM_PATH, launchChromium } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/static-server.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
const outDir = join(root, "test-output", "browser");
mkdirSync(outDir, { recursive: true });

if (!existsSync(join(dist, "taskpane.html"))) {
  console.error("dist/ is not built: run `npm run test:browser` (it builds first).");
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const only = process.argv[2];
const files = readdirSync(join(import.meta.dirname, "checks"))
  .filter((f) => f.endsWith(".mjs") && (!only || f.includes(only)))
  .sort();

const server = await serve(dist);
const browser = await launchChromium();

/** A page that records console errors and uncaught exceptions. */
async function newPage(options = {}) {
  const context = await browser.newContext({ locale: "vi-VN", acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return { page, context, errors };
}

const ctx = { root, dist, outDir, baseUrl: server.baseUrl, browser, newPage };
let passed = 0;
let failed = 0;
for (const file of files) {
  const started = Date.now();
  try {
    const mod = await import(pathToFileURL(join(import.meta.dirname, "checks", file)).href);
    await mod.default(ctx);
    passed++;
    console.log(`ok   ${file} (${Date.now() - started} ms)`);
  } catch (err) {
    failed++;
    console.log(
      `FAIL ${file} (${Date.now() - started} ms)\n     ${String(err?.stack ?? err)
        .split("\n")
        .slice(0, 6)
        .join("\n     ")}`
    );
  }
}
await browser.close();
await server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
