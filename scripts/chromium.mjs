// Launches Debian's Chromium through playwright-core with the flags this machine needs
// (no background networking: the network is closed). playwright gives each launch a fresh
// profile; HOME and the XDG folders point at a temp folder so nothing leaks between runs.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function launchChromium() {
  const home = mkdtempSync(join(tmpdir(), "ocop-chromium-"));
  process.env.HOME = home;
  process.env.XDG_CONFIG_HOME = join(home, ".config");
  process.env.XDG_CACHE_HOME = join(home, ".cache");
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
