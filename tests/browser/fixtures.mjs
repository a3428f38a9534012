import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Workbooks the browser checks open, written to .xlsx in Node. Not a check itself (checks live
 * in ./checks/).
 */

/**
 * The 52-finding workbook (`tests/builders/fiftyTwo.ts`) as .xlsx, with what the core finds in
 * it on `today`: `{ file, summary, findings: [{ severity, code, sheet, column, row, suggestion }] }`.
 */
export function fiftyTwoFile(root, outDir, today) {
  const script = join(outDir, "write-fifty-two.ts");
  const file = join(outDir, "so-theo-doi-52-muc.xlsx");
  writeFileSync(
    script,
    `import { writeFileSync } from "node:fs";
import { checkWorkbook } from ${JSON.stringify(join(root, "src/core/check"))};
import { defaultSettings } from ${JSON.stringify(join(root, "src/core/settings"))};
import nationalData from ${JSON.stringify(join(root, "src/core/reference/data/national.json"))};
import { createNationalReference } from ${JSON.stringify(join(root, "src/core/reference/nationalReference"))};
import { createFilePort } from ${JSON.stringify(join(root, "src/workbook/file/filePort"))};
import { fiftyTwoWorkbook } from ${JSON.stringify(join(root, "tests/builders/fiftyTwo"))};
const raw = fiftyTwoWorkbook();
const reference = createNationalReference(nationalData);
const result = checkWorkbook(fiftyTwoWorkbook(), defaultSettings(), { today: ${JSON.stringify(today)}, reference });
createFilePort(raw).toXlsx().then((bytes) => {
  writeFileSync(${JSON.stringify(file)}, bytes);
  const findings = result.findings.map(({ severity, code, sheet, column, row, suggestion }) =>
    ({ severity, code, sheet, column, row, suggestion: suggestion ?? null }));
  console.log(JSON.stringify({ summary: result.summary, findings }));
});
`
  );
  const out = execFileSync(join(root, "node_modules/.bin/tsx"), [script], {
    cwd: root,
    env: { ...process.env, TZ: "UTC" },
  }).toString();
  return { file, ...JSON.parse(out.trim().split("\n").pop()) };
}
