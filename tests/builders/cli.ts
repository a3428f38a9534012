import { join } from "node:path";
import type { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { aTempDir } from "./xlsx";

/** A CLI io that keeps what the command printed, stdout and stderr apart. */
export function recorder(): CliIO & { outText: string; errText: string } {
  const io = {
    outText: "",
    errText: "",
    out: (t: string) => void (io.outText += t + "\n"),
    err: (t: string) => void (io.errText += t + "\n"),
  };
  return io;
}

/** The bundled sample written by `ocop sample` into a fresh temp folder, as a user would get it. */
export async function aSampleFile(): Promise<{ dir: string; file: string }> {
  const dir = aTempDir();
  const file = join(dir, "mau.xlsx");
  expect(await main(["sample", file], recorder())).toBe(0);
  return { dir, file };
}
