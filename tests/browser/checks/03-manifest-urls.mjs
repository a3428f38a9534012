import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { strict as assert } from "node:assert";

const require = createRequire(import.meta.url);
const { DEV_URL, manifestUrls } = require("../../../scripts/rewriteManifest.js");

/** Issue 2: every URL in the built manifest is a file the build emitted. */
export default async function manifestUrlsResolve({ dist, baseUrl }) {
  const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
  const urls = manifestUrls(xml);
  assert.ok(urls.length >= 8, `found ${urls.length} URLs`);
  for (const url of urls) {
    assert.ok(url.startsWith(DEV_URL), `${url} is under the build's base URL`);
    const file = url.slice(DEV_URL.length);
    assert.ok(existsSync(join(dist, file)), `${url} → dist/${file} exists`);
    const res = await fetch(baseUrl + file);
    assert.equal(res.status, 200, `${file} is served`);
  }
}
