import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Workbooks the browser checks open, written to .xlsx in Node. Not a check itself (checks live
 * in ./checks/).
 */

/**
 * Writes `workbook` (a TypeScript expression for a RawWorkbook, with `src` and `tests` as
 * import roots) to `outDir/fileName` and checks it with the core on `today`, in one tsx run.
 * Answers `{ file, summary, first, count, findings }`.
 */
function writeChecked(root, outDir, fileName, imports, workbook, today) {
  const script = join(outDir, `write-${fileName.replace(/\.xlsx$/, "")}.ts`);
  const file = join(outDir, fileName);
  const at = (path) => JSON.stringify(join(root, path));
  writeFileSync(
    script,
    `import { writeFileSync } from "node:fs";
import { checkWorkbook } from ${at("src/core/check")};
import { defaultSettings } from ${at("src/core/settings")};
import nationalData from ${at("src/core/reference/data/national.json")};
import { createNationalReference } from ${at("src/core/reference/nationalReference")};
import { createFilePort } from ${at("src/workbook/file/filePort")};
${imports.map(([names, path]) => `import { ${names} } from ${at(path)};`).join("\n")}
const raw = ${workbook};
const reference = createNationalReference(nationalData);
const result = checkWorkbook(${workbook}, defaultSettings(), { today: ${JSON.stringify(today)}, reference });
createFilePort(raw).toXlsx().then((bytes) => {
  writeFileSync(${JSON.stringify(file)}, bytes);
  const findings = result.findings.map(({ severity, code, sheet, column, row, suggestion }) =>
    ({ severity, code, sheet, column, row, suggestion: suggestion ?? null }));
  console.log(JSON.stringify({
    summary: result.summary, first: result.findings[0], count: result.findings.length, findings,
  }));
});
`
  );
  const out = execFileSync(join(root, "node_modules/.bin/tsx"), [script], {
    cwd: root,
    env: { ...process.env, TZ: "UTC" },
  }).toString();
  return { file, ...JSON.parse(out.trim().split("\n").pop()) };
}

/** The sample workbook with its mistakes, and the core's findings in it on `today`. */
export function sampleFile(root, outDir, today) {
  return writeChecked(
    root,
    outDir,
    "sample-with-mistakes.xlsx",
    [["sampleWorkbook", "src/core/sample"]],
    "sampleWorkbook({ mistakes: true })",
    today
  );
}

/** The 52-finding workbook (`tests/builders/fiftyTwo.ts`), and the core's findings on `today`. */
export function fiftyTwoFile(root, outDir, today) {
  return writeChecked(
    root,
    outDir,
    "so-theo-doi-52-muc.xlsx",
    [["fiftyTwoWorkbook", "tests/builders/fiftyTwo"]],
    "fiftyTwoWorkbook()",
    today
  );
}
