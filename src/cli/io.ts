/** What a command needs from the outside world; tests pass a recording one. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
};

/** A problem with the arguments or a file: one clear line, exit 2, no stack trace. */
export class UsageError extends Error {}

export type Command = (args: string[], io: CliIO) => Promise<number>;
