import { z } from "zod";
import { COUNCIL_KINDS, COUNCIL_LEVELS, TRAINING_ROLES } from "../reference/activities";

/** Typed rows of the two activity sheets (issue 11), as rows.ts types the tracking sheets'. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One training class the Sở organised, spoke at or helped with. */
export const TrainingRow = z.object({
  row: z.number().int().positive(),
  date: isoDate.optional(),
  title: z.string().optional(),
  organizer: z.string().optional(),
  role: z.enum(TRAINING_ROLES).optional(),
  participants: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
});
export type TrainingRow = z.infer<typeof TrainingRow>;

/** One piece of evaluation work: a council attended or a unit's dossiers commented on. */
export const CouncilRow = z.object({
  row: z.number().int().positive(),
  date: isoDate.optional(),
  level: z.enum(COUNCIL_LEVELS).optional(),
  /** Canonical unit name as in the reference list in force on `date`. */
  unit: z.string().optional(),
  kind: z.enum(COUNCIL_KINDS).optional(),
  note: z.string().optional(),
});
export type CouncilRow = z.infer<typeof CouncilRow>;
