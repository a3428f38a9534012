import { readFileSync } from "fs";
import { join, resolve } from "path";

const { validateManifest } = require("../scripts/manifestSchema.js");

const ROOT = resolve(__dirname, "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

type Validation = { ok: boolean; errors: string[]; output: string };
const validate = (xml: string): Promise<Validation> => validateManifest(xml);

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("validates against the Office add-in schemas kept in the repository", async () => {
    const result = await validate(manifest);
    expect(result.errors).toEqual([]);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  // Each broken manifest must fail for its own reason, not because a schema is missing.
  it.each([
    [
      "without an Id",
      manifest.replace(/<Id>[^<]+<\/Id>/, ""),
      /Element '\{[^}]+\}Version': This element is not expected\. Expected is \( \{[^}]+\}Id \)/,
    ],
    [
      "with an unknown permission",
      manifest.replace("ReadWriteDocument", "WriteEverything"),
      /Permissions': \[facet 'enumeration'\] The value 'WriteEverything' is not an element of the set/,
    ],
    [
      "with a misspelt element",
      manifest.replace("<ProviderName>", "<Provider>").replace("</ProviderName>", "</Provider>"),
      /Element '\{[^}]+\}Provider': This element is not expected\. Expected is \( \{[^}]+\}ProviderName \)/,
    ],
  ])("fails validation %s, naming the problem", async (_name, broken, problem) => {
    const result = await validate(broken);
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^manifest\.xml:\d+: /);
    expect(result.errors[0]).toMatch(problem);
  });

  it("is an Excel task pane that reads and writes the document", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(
      /<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/
    );
  });

  it("asks only for ExcelApi 1.1 so that Office 2016 and 2019 load it", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
  });

  it("speaks Vietnamese by default with an English override for every string", () => {
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    const strings = [
      ...manifest.matchAll(/<bt:String id="([^"]+)"[^/]*?>([\s\S]*?)<\/bt:String>/g),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const [, id, body] of strings) {
      expect({ id, hasEnglish: /<bt:Override Locale="en-US"/.test(body) }).toEqual({
        id,
        hasEnglish: true,
      });
    }
    expect(manifest).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
  });

  it("puts an OCOP group with a pane button on the Home tab", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="OCOP.Group">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("names icons of 16, 32, 64 and 80 px that exist at those sizes", () => {
    for (const size of [16, 32, 64, 80]) {
      if (size !== 64) expect(manifest).toContain(`assets/icon-${size}.png`);
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
    expect(manifest).toMatch(/<HighResolutionIconUrl DefaultValue="[^"]+icon-64\.png"/);
  });
});
