// Offline manifest check against the Office add-in XSDs in scripts/office-manifest-schemas (the
// online `office-addin-manifest validate` needs a web service this machine cannot reach).
// Usage: node scripts/validate-manifest.mjs [manifest.xml]
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import manifestSchema from "./manifestSchema.js";

const file = process.argv[2] ?? "manifest.xml";
let xml;
try {
  xml = await readFile(file, "utf8");
} catch (err) {
  console.error(`cannot read ${file}: ${err.code ?? err.message}`);
  process.exit(2);
}
const { ok, output } = await manifestSchema.validateManifest(xml, basename(file));
console.log(output);
process.exit(ok ? 0 : 1);
