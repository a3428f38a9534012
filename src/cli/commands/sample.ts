import { UsageError, type CliIO } from "../io";

/** PLACEHOLDER: `ocop sample` lands with its issue. */
export async function run(_args: string[], _io: CliIO): Promise<number> {
  throw new UsageError("ocop sample: not available yet");
}
