/**
 * `npm run reference`: regenerates src/core/reference/data/national.json from the official
 * lists copied into scripts/reference/ (see its README for the sources).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateReferenceData } from "./reference/generate";

const root = join(__dirname, "..");
const sources = join(root, "scripts", "reference");
const read = (name: string) => readFileSync(join(sources, name), "utf8");
const out = join(root, "src", "core", "reference", "data", "national.json");

const json = generateReferenceData({
  provinces: read("tinh-2025-07-01.csv"),
  communes: read("don-vi-cap-xa-2025-07-01.csv"),
  districts: read("don-vi-cap-huyen-2025-03-01.csv"),
});
writeFileSync(out, json);
console.log(`wrote ${out} (${json.length} characters)`);
