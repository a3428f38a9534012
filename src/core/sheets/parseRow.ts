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

/** Distinct values remembered per field: a sheet repeats its dates, stars and places. */
const REMEMBERED = 10_000;

interface Field {
  key: string;
  required: boolean;
  /** True when the field's own schema takes the value and gives it back unchanged. */
  takes(value: unknown): boolean;
}

/**
 * `parseRow` for many rows of one schema, the same rows out, in a fraction of the time and
 * garbage (issue 13: zod's object parse made nearly half of a 50,000-row check's garbage). A
 * record is checked field by field, each field by its own schema once per distinct value,
 * and built as zod builds it: the shape's keys in order, those the record has, others
 * dropped; a record that already is that row is returned itself (callers pass records they
 * own and drop). Anything else (a field zod would refuse or change, a schema that is not a
 * plain object) goes through `parseRow`.
 */
export function rowParser<S extends z.ZodType>(
  schema: S
): (record: Record<string, unknown>) => z.output<S> {
  const fields = plainObjectFields(schema);
  if (!fields) return (record) => parseRow(schema, record);
  return (record) => {
    for (const f of fields) {
      if (!(f.key in record)) {
        if (f.required) return parseRow(schema, record);
      } else if (!f.takes(record[f.key])) return parseRow(schema, record);
    }
    // A record that already is the row zod would make (its keys the shape's, in the shape's
    // order) is the row: no copy, and no record left to outlive its reading.
    if (inShapeOrder(record, fields)) return record as z.output<S>;
    const out: Record<string, unknown> = {};
    for (const f of fields) if (f.key in record) out[f.key] = record[f.key];
    return out as z.output<S>;
  };
}

/** Whether the record's keys are exactly its fields that it has, in the fields' order. */
function inShapeOrder(record: Record<string, unknown>, fields: readonly Field[]): boolean {
  let i = 0;
  for (const key in record) {
    while (i < fields.length && !(fields[i].key in record)) i++;
    if (i === fields.length || fields[i].key !== key) return false;
    i++;
  }
  return true;
}

/** The fields of a `z.object` that strips unknown keys (zod's default), else undefined. */
function plainObjectFields(schema: z.ZodType): Field[] | undefined {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.ZodType>;
    catchall?: unknown;
  };
  if (def.type !== "object" || !def.shape || def.catchall !== undefined) return undefined;
  const fields: Field[] = [];
  for (const key of Object.keys(def.shape)) {
    const field = def.shape[key];
    const { optin, optout } = field._zod;
    // Required, or plainly optional: a default or a catch would put in what the record lacks.
    if (optin !== undefined && (optin !== "optional" || optout !== "optional")) return undefined;
    if (isPlainString(field)) {
      // Most columns are text: a string is what z.string() takes and gives back.
      const takes = (value: unknown) =>
        typeof value === "string" || (value === undefined && !!optin);
      fields.push({ key, required: optin === undefined, takes });
      continue;
    }
    const known = new Map<unknown, boolean>();
    const takes = (value: unknown): boolean => {
      const remembered = known.get(value);
      if (remembered !== undefined) return remembered;
      const r = field.safeParse(value);
      const ok = r.success && Object.is(r.data, value);
      if (known.size < REMEMBERED && (value === null || typeof value !== "object"))
        known.set(value, ok);
      return ok;
    };
    fields.push({ key, required: optin === undefined, takes });
  }
  return fields;
}

/** `z.string()` or `z.string().optional()` with no checks, no coercion. */
function isPlainString(field: z.ZodType): boolean {
  const def = field._zod.def as { type: string; innerType?: z.ZodType };
  const inner = def.type === "optional" ? def.innerType : field;
  const d = inner?._zod.def as { type: string; checks?: unknown[]; coerce?: boolean } | undefined;
  return d?.type === "string" && !d.coerce && (d.checks?.length ?? 0) === 0;
}
