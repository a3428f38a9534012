import type { z } from "zod";

/**
 * A coerced record through its row schema, so typed rows are what the schema says, not what a
 * cast claims. Coercion only yields values the schema accepts (the fuzz test holds it to that);
 * should one slip through, that field is dropped, as an unreadable cell is, and the rest kept.
 */
export function parseRow<S extends z.ZodType>(
  schema: S,
  record: Record<string, unknown>
): z.output<S> {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const kept = { ...record };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field !== undefined && field !== "row") delete kept[String(field)];
  }
  return schema.parse(kept);
}
