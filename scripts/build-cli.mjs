// Bundles the `ocop` command line into bin/ocop.cjs (run by `npm ci` through `prepare`).
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
});
