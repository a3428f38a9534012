import type { CouncilRow, TrainingRow } from "../sheets/activityRows";
import type { TypedWorkbook } from "../sheets/rows";
import type { LeftOut } from "./model";

export interface EligibleActivities {
  training: Array<
    TrainingRow & { date: string; organizer: string; role: TrainingRow["role"] & string }
  >;
  councils: Array<
    CouncilRow & {
      date: string;
      unit: string;
      kind: CouncilRow["kind"] & string;
      level: CouncilRow["level"] & string;
    }
  >;
  leftOut: LeftOut[];
}

/**
 * The activity rows the document may count (issue 11), as eligibleRows does for the tracking
 * sheets: a row with an error is left out, and so is one without a value its sentence needs.
 */
export function eligibleActivities(typed: TypedWorkbook): EligibleActivities {
  const leftOut: LeftOut[] = [];
  const leave = (
    kind: "training" | "councils",
    reason: "errors" | "incomplete",
    rows: number[]
  ) => {
    if (rows.length > 0)
      leftOut.push({
        kind,
        sheet: typed.locations[kind]?.sheet,
        reason,
        rows: rows.sort((a, b) => a - b),
      });
  };

  const trainingErrors = new Set(typed.rowsWithErrors.training ?? []);
  const training: EligibleActivities["training"] = [];
  const trainingLeft = { errors: [] as number[], incomplete: [] as number[] };
  for (const t of typed.training ?? []) {
    if (trainingErrors.has(t.row)) trainingLeft.errors.push(t.row);
    else if (!t.date || !t.organizer || !t.role) trainingLeft.incomplete.push(t.row);
    else training.push({ ...t, date: t.date, organizer: t.organizer, role: t.role });
  }
  leave("training", "errors", trainingLeft.errors);
  leave("training", "incomplete", trainingLeft.incomplete);

  const councilErrors = new Set(typed.rowsWithErrors.councils ?? []);
  const councils: EligibleActivities["councils"] = [];
  const councilsLeft = { errors: [] as number[], incomplete: [] as number[] };
  for (const c of typed.councils ?? []) {
    if (councilErrors.has(c.row)) councilsLeft.errors.push(c.row);
    else if (!c.date || !c.unit || !c.kind || !c.level) councilsLeft.incomplete.push(c.row);
    else councils.push({ ...c, date: c.date, unit: c.unit, kind: c.kind, level: c.level });
  }
  leave("councils", "errors", councilsLeft.errors);
  leave("councils", "incomplete", councilsLeft.incomplete);
  return { training, councils, leftOut };
}
