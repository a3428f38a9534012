import { readFileSync } from "fs";
import { join } from "path";

const { rewriteManifest, manifestUrls, DEV_URL } = require("../scripts/rewriteManifest.js");

const manifest = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");

describe("rewriteManifest", () => {
  it("points every URL and the app domain at ADDIN_BASE_URL", () => {
    const out: string = rewriteManifest(manifest, "https://ocop.example.gov.vn/addin");
    expect(out).not.toContain("localhost");
    for (const url of manifestUrls(out))
      expect(url.startsWith("https://ocop.example.gov.vn/addin/")).toBe(true);
    expect(out).toContain("<AppDomain>https://ocop.example.gov.vn/addin</AppDomain>");
    expect(manifestUrls(out)).toHaveLength(manifestUrls(manifest).length);
  });

  it("refuses a base URL that is not https", () => {
    expect(() => rewriteManifest(manifest, "http://intranet/addin/")).toThrow(/https/);
  });

  it("keeps the development URL when asked for it", () => {
    expect(rewriteManifest(manifest, DEV_URL)).toBe(manifest);
  });
});
