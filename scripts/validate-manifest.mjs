// Offline manifest check: xmllint against the Office add-in XSDs in ../shared/schemas (the online
// `office-addin-manifest validate` needs a web service this machine cannot reach).
// Usage: node scripts/validate-manifest.mjs [manifest.xml]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const SCHEMA = resolve(
  import.meta.dirname,
  "../../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd"
);

export function validateManifest(file) {
  if (!existsSync(SCHEMA)) return { ok: false, output: `schema not found: ${SCHEMA}` };
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error)
    return {
      ok: false,
      output: `xmllint is not installed (apt-get install -y libxml2-utils): ${run.error.message}`,
    };
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const file = process.argv[2] ?? "manifest.xml";
  const { ok, output } = validateManifest(file);
  console.log(output);
  process.exit(ok ? 0 : 1);
}
