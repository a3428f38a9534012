/**
 * Validates an add-in manifest against the Office XSDs in office-manifest-schemas/ with
 * xmllint-wasm (libxml2 in WebAssembly): no system xmllint, no network. Shared by
 * `npm run validate` and tests/manifest.test.ts.
 */
const { readdirSync, readFileSync } = require("fs");
const { join } = require("path");
const { validateXML } = require("xmllint-wasm");

const SCHEMA_DIR = join(__dirname, "office-manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

function schemaFile(fileName) {
  return { fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), "utf8") };
}

/**
 * @param {string} xml the manifest's text
 * @param {string} [fileName] the name errors are reported under
 * @returns {Promise<{ ok: boolean, errors: string[], output: string }>}
 */
async function validateManifest(xml, fileName = "manifest.xml") {
  // xmllint-wasm does no I/O of its own: every imported XSD is handed over up front.
  const imports = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA)
    .map(schemaFile);
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [schemaFile(MAIN_SCHEMA)],
    preload: imports,
  });
  return {
    ok: result.valid,
    errors: result.errors.map((e) => e.rawMessage),
    output: result.rawOutput.trim(),
  };
}

module.exports = { SCHEMA_DIR, MAIN_SCHEMA, validateManifest };
