import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "..");
const SCHEMA = resolve(ROOT, "../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function xmllint(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error)
    throw new Error(`xmllint is needed (apt-get install -y libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, output: run.stderr };
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("validates against the Office add-in schemas", () => {
    const result = xmllint(manifest);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it.each([
    ["without an Id", manifest.replace(/<Id>[^<]+<\/Id>/, "")],
    ["with an unknown permission", manifest.replace("ReadWriteDocument", "WriteEverything")],
    [
      "with a misspelt element",
      manifest.replace("<ProviderName>", "<Provider>").replace("</ProviderName>", "</Provider>"),
    ],
  ])("fails validation %s", (_name, broken) => {
    expect(xmllint(broken).ok).toBe(false);
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
