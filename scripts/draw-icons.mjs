// Renders assets/icon.svg to the PNG sizes the manifest names (16, 32, 64, 80 px).
// Run after changing the drawing: node scripts/draw-icons.mjs
import { readFileSync } from "node:fs";
import { launchChromium } from "./chromium.mjs";

const svg = readFileSync(new URL("../assets/icon.svg", import.meta.url), "utf8");
const browser = await launchChromium();
try {
  for (const size of [16, 32, 64, 80]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`
    );
    await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
