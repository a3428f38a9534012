import { existsSync } from "node:fs";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

function recordingIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err };
}

describe("ocop", () => {
  it("without a command, prints the usage on stderr and exits 2", async () => {
    const rec = recordingIO();
    expect(await main([], rec.io)).toBe(2);
    expect(rec.out).toEqual([]);
    expect(rec.err.join("\n")).toContain("ocop check FILE...");
  });

  it.each([["--help"], ["-h"], ["help"]])(
    "with %s, prints the usage on stdout and exits 0",
    async (flag) => {
      const rec = recordingIO();
      expect(await main([flag], rec.io)).toBe(0);
      expect(rec.err).toEqual([]);
      expect(rec.out.join("\n")).toContain("ocop check FILE...");
    }
  );

  it("refuses an unknown command on stderr, exit 2", async () => {
    const rec = recordingIO();
    expect(await main(["chek", "a.xlsx"], rec.io)).toBe(2);
    expect(rec.out).toEqual([]);
    expect(rec.err[0]).toMatch(/^ocop: lệnh không rõ "chek"\n/);
  });

  it("speaks English with --lang en, before or after the command", async () => {
    const before = recordingIO();
    expect(await main(["--lang", "en", "chek"], before.io)).toBe(2);
    expect(before.err[0]).toMatch(/^ocop: unknown command "chek"\n/);
    const help = recordingIO();
    expect(await main(["--lang=en", "--help"], help.io)).toBe(0);
    expect(help.out.join("\n")).toMatch(/^ocop: check OCOP tracking workbooks/);
    const after = recordingIO();
    expect(await main(["check", "--bogus", "--lang", "en"], after.io)).toBe(2);
    expect(after.err).toEqual(["ocop check: unknown option --bogus"]);
  });

  it.each([["check"], ["report"], ["sample"], ["template"]])(
    "answers %s --help with that command's usage on stdout, exit 0, doing nothing",
    async (command) => {
      const rec = recordingIO();
      expect(await main([command, "ra.xlsx", "--help"], rec.io)).toBe(0);
      expect(rec.err).toEqual([]);
      expect(rec.out.join("\n")).toMatch(new RegExp(`^ocop ${command} `));
      expect(existsSync("ra.xlsx")).toBe(false);
    }
  );

  it("lists every command's usage, each with --lang", async () => {
    const rec = recordingIO();
    expect(await main(["help"], rec.io)).toBe(0);
    const usage = rec.out.join("\n");
    for (const command of ["check", "report", "sample", "template"])
      expect(usage).toMatch(new RegExp(`^  ocop ${command} .*\\[--lang vi\\|en\\]`, "m"));
  });
});
