import { UsageError, type CliIO } from "../io";

/** PLACEHOLDER: `ocop check` lands with its issue. */
export async function run(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError("ocop check: not available yet");
}
