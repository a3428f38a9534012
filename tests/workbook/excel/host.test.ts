import { detectHost, type OfficeGlobal } from "../../../src/workbook/excel/host";

describe("detectHost", () => {
  it("runs standalone when Office.js is not on the page", async () => {
    expect((await detectHost(50, undefined)).kind).toBe("standalone");
  });

  it("runs standalone when Office.onReady never resolves, within the timeout", async () => {
    const office: OfficeGlobal = { onReady: () => new Promise(() => undefined) };
    const started = Date.now();
    const host = await detectHost(100, office);
    expect(host.kind).toBe("standalone");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("runs standalone when Office is loaded outside a host (host null)", async () => {
    const office: OfficeGlobal = {
      onReady: async () => ({ host: null }),
      HostType: { Excel: "Excel" },
    };
    expect((await detectHost(100, office)).kind).toBe("standalone");
  });

  it("reports Excel with Office's display language and theme", async () => {
    const office: OfficeGlobal = {
      onReady: async () => ({ host: "Excel" }),
      HostType: { Excel: "Excel" },
      context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#1f1f1f" } },
    };
    const host = await detectHost(100, office);
    expect(host).toEqual({
      kind: "excel",
      displayLanguage: "en-US",
      theme: { bodyBackgroundColor: "#1f1f1f" },
    });
  });
});

describe("detectHost when Office.js is slow", () => {
  it("starts standalone at the timeout, then reports Excel when Office is ready", async () => {
    let ready: (info: { host: unknown }) => void = () => undefined;
    const office: OfficeGlobal = {
      onReady: () => new Promise((resolve) => (ready = resolve)),
      HostType: { Excel: "Excel" },
      context: { displayLanguage: "vi-VN" },
    };
    const late: string[] = [];
    const host = await detectHost(50, office, (h) => late.push(h.kind));
    expect(host.kind).toBe("standalone");
    ready({ host: "Excel" });
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toEqual(["excel"]);
  });

  it("says nothing late when Office turns out not to be Excel", async () => {
    let ready: (info: { host: unknown }) => void = () => undefined;
    const office: OfficeGlobal = { onReady: () => new Promise((resolve) => (ready = resolve)) };
    const late: string[] = [];
    await detectHost(50, office, (h) => late.push(h.kind));
    ready({ host: null });
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toEqual([]);
  });
});
