import type { Lang } from "../core/findings";
import { CLI_TEXT, type CliCatalogue, type CliText } from "./messages";

/** What a command needs from the outside world; tests pass a recording one. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
};

/** What a command runs with: where to print, and in which language. */
export interface CliContext {
  io: CliIO;
  lang: Lang;
  text: CliCatalogue;
}

/**
 * A problem with the arguments or a file: one clear line, exit 2, no stack trace. It carries
 * its text unrendered: the language is chosen where it is printed.
 */
export class UsageError extends Error {
  constructor(readonly text: CliText) {
    super(text(CLI_TEXT.en));
    this.name = "UsageError";
  }
}
