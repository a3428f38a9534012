import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { aTempDir } from "../builders";

function recordingIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err };
}

const dir = aTempDir("ocop-out-");
const sample = join(dir, "mau.xlsx");
beforeAll(async () => {
  expect(await main(["sample", sample], recordingIO().io)).toBe(0);
});

describe("writing an output file", () => {
  const nowhere = join(dir, "khong-co-thu-muc", "ra.xlsx");

  it.each([
    ["report", [sample, "--out", nowhere]],
    ["sample", [nowhere]],
    ["template", [nowhere]],
  ])("%s into a folder that does not exist: one clear line, exit 2", async (command, args) => {
    const rec = recordingIO();
    expect(await main([command, ...args], rec.io)).toBe(2);
    // The report may first say which rows it leaves out; the failure is the last line.
    expect(rec.err.at(-1)).toBe(
      `ocop ${command}: không có thư mục để ghi / no such folder to write: ${nowhere}`
    );
  });

  it.each([["report"], ["sample"], ["template"]])(
    "%s --force onto a folder says it is a folder",
    async (command) => {
      const rec = recordingIO();
      const args = command === "report" ? [sample, "--out", dir] : [dir];
      expect(await main([command, ...args, "--force"], rec.io)).toBe(2);
      expect(rec.err.at(-1)).toBe(
        `ocop ${command}: là thư mục, không phải tệp / is a folder, not a file: ${dir}`
      );
    }
  );
});
