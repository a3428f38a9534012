// Prints what the task pane costs to load: the initial JavaScript of taskpane.html, raw and gzip.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const dist = new URL("../dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "taskpane.html"), "utf8");
const initial = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+\.js)/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:/.test(src) && !src.startsWith("office-js/"));
let raw = 0;
let gz = 0;
for (const file of initial) {
  const bytes = readFileSync(join(dist, file));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
const lazy = readdirSync(dist).filter(
  (f) => f.endsWith(".js") && !initial.includes(f) && !f.startsWith("commands")
);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`task pane initial bundle: ${initial.join(", ")}: ${kib(raw)} raw, ${kib(gz)} gzip`);
if (lazy.length) console.log(`lazy chunks: ${lazy.length} (${lazy.join(", ")})`);
