import type { CliIO } from "../../src/cli/io";

/** A CLI's output and errors gathered as text, each line ending in a newline. */
export function cliRecorder(): CliIO & { outText: string; errText: string } {
  const io = {
    outText: "",
    errText: "",
    out: (t: string) => void (io.outText += t + "\n"),
    err: (t: string) => void (io.errText += t + "\n"),
  };
  return io;
}
