// Prints what the task pane costs to load: the initial JavaScript of taskpane.html, raw and gzip.
import { readdirSync } from "node:fs";
import { initialBundle, kib } from "./bundle-size.mjs";

const dist = new URL("../dist/", import.meta.url).pathname;
const { files, raw, gzip } = initialBundle(dist, "taskpane.html");
const lazy = readdirSync(dist).filter(
  (f) => f.endsWith(".js") && !files.includes(f) && !f.startsWith("commands")
);
console.log(`task pane initial bundle: ${files.join(", ")}: ${kib(raw)} raw, ${kib(gzip)} gzip`);
if (lazy.length) console.log(`lazy chunks: ${lazy.length} (${lazy.join(", ")})`);
