import { readFileSync, writeFileSync } from "node:fs";
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
    // Checked before any work: the report has not yet said which rows it leaves out.
    expect(rec.err).toEqual([`ocop ${command}: không có thư mục để ghi: ${nowhere}`]);
  });

  it.each([
    ["report", []],
    ["sample", []],
    ["template", []],
    ["report", ["--force"]],
    ["sample", ["--force"]],
    ["template", ["--force"]],
  ])("%s %j onto a folder says it is a folder, not that it exists", async (command, force) => {
    const rec = recordingIO();
    const args = command === "report" ? [sample, "--out", dir] : [dir];
    expect(await main([command, ...args, ...force], rec.io)).toBe(2);
    expect(rec.err).toEqual([
      `ocop ${command}: là thư mục, không phải tệp: ${dir}; hãy ghi tên một tệp`,
    ]);
    expect(rec.out).toEqual([]);
  });

  it.each([["report"], ["sample"], ["template"]])(
    "%s never overwrites a file without --force, in the same words for every command",
    async (command) => {
      const file = join(dir, `co-roi-${command}.txt`);
      writeFileSync(file, "dữ liệu của tôi");
      const args = command === "report" ? [sample, "--out", file] : [file];
      const rec = recordingIO();
      expect(await main([command, ...args], rec.io)).toBe(2);
      expect(rec.err).toEqual([`ocop ${command}: ${file} đã có; thêm --force để ghi đè`]);
      expect(readFileSync(file, "utf8")).toBe("dữ liệu của tôi");
      const en = recordingIO();
      expect(await main([command, ...args, "--lang", "en"], en.io)).toBe(2);
      expect(en.err).toEqual([`ocop ${command}: ${file} already exists; add --force to overwrite`]);
    }
  );
});
