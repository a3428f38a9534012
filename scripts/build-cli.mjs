// Bundles the `ocop` command line into bin/ocop.cjs (run by `npm ci` through `prepare`).
import { chmodSync } from "node:fs";
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/ocop.ts"],
  outfile: "bin/ocop.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  banner: { js: "#!/usr/bin/env node" },
  logLevel: "warning",
  legalComments: "none",
  // exceljs, docx, zod... are dependencies: required at run time, not copied into the bundle.
  packages: "external",
});
chmodSync("bin/ocop.cjs", 0o755);
