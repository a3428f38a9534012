import { readFileSync } from "fs";
import { join } from "path";

const {
  rewriteManifest,
  manifestUrls,
  appDomains,
  DEV_URL,
} = require("../scripts/rewriteManifest.js");
const { validateManifest } = require("../scripts/manifestSchema.js");

const manifest = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");
const BASE = "https://ocop.example.gov.vn/addin";

/** The manifest with an AppDomains block put back before <Hosts>, as someone might add one. */
function withAppDomains(...domains: string[]): string {
  const items = domains.map((d) => `    <AppDomain>${d}</AppDomain>\n`).join("");
  return manifest.replace("  <Hosts>", `  <AppDomains>\n${items}  </AppDomains>\n  <Hosts>`);
}

describe("rewriteManifest", () => {
  it("points every URL at ADDIN_BASE_URL", () => {
    const out: string = rewriteManifest(manifest, BASE);
    expect(out).not.toContain("localhost");
    for (const url of manifestUrls(out)) expect(url.startsWith(`${BASE}/`)).toBe(true);
    expect(manifestUrls(out)).toHaveLength(manifestUrls(manifest).length);
  });

  it("lists no AppDomain for the pane's own domain, which needs none", () => {
    // Docs, AppDomain: listing the SourceLocation's domain "has no effect and can be misleading".
    expect(appDomains(manifest)).toEqual([]);
    expect(appDomains(rewriteManifest(manifest, BASE))).toEqual([]);
  });

  it("drops an AppDomain that repeats the source domain, and the emptied AppDomains with it", () => {
    const out: string = rewriteManifest(withAppDomains("https://localhost:3000"), BASE);
    expect(out).not.toContain("AppDomain");
    expect(out).toBe(rewriteManifest(manifest, BASE));
  });

  it("writes other AppDomains as a domain only: no path, no closing slash", () => {
    const out: string = rewriteManifest(
      withAppDomains("https://localhost:3000/", "https://cdn.example.vn:8443/lib/", "https://b.vn"),
      BASE
    );
    expect(appDomains(out)).toEqual(["https://cdn.example.vn:8443", "https://b.vn"]);
    expect(out).not.toMatch(/<AppDomain>[^<]*\/addin/);
  });

  it("refuses an AppDomain without its protocol", () => {
    expect(() => rewriteManifest(withAppDomains("cdn.example.vn"), BASE)).toThrow(/https:\/\//);
  });

  it("gives a manifest that still validates against the Office schemas", async () => {
    const result = await validateManifest(
      rewriteManifest(withAppDomains("https://cdn.example.vn/lib"), BASE)
    );
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("refuses a base URL that is not https", () => {
    expect(() => rewriteManifest(manifest, "http://intranet/addin/")).toThrow(/https/);
  });

  it("keeps the development URL when asked for it", () => {
    expect(rewriteManifest(manifest, DEV_URL)).toBe(manifest);
  });
});
