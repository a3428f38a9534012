import type { Unit } from "../settings";
import { fold } from "../text/fold";
import { nameKey } from "./nameKey";

/**
 * One province's units on one date, looked up by name: first by `nameKey` (letters and tones,
 * wherever the tone mark sits), then, for text typed without marks, by the folded name.
 */
export class UnitIndex {
  readonly units: readonly Unit[];
  private readonly byKey = new Map<string, Unit[]>();
  private readonly byFold = new Map<string, Unit[]>();

  constructor(units: readonly Unit[]) {
    this.units = units;
    for (const unit of units) {
      for (const name of [unit.name, ...unit.aliases]) {
        add(this.byKey, nameKey(name), unit);
        const folded = fold(name);
        add(this.byFold, folded, unit);
        add(this.byFold, folded.replace(/ /g, ""), unit);
      }
    }
  }

  /**
   * The units a written name (without its type word) may mean. `exact`: the name is the list's,
   * tone placement and Unicode form aside; otherwise it matched only once diacritics were
   * dropped ("Cho Moi"), and may then mean several ("Tan Thanh": Tân Thành or Tân Thạnh).
   */
  lookup(name: string): { units: Unit[]; exact: boolean } {
    const key = nameKey(name);
    if (key === "") return { units: [], exact: false };
    const exact = this.byKey.get(key);
    if (exact) return { units: exact, exact: true };
    const folded = fold(name);
    const loose = this.byFold.get(folded) ?? this.byFold.get(folded.replace(/ /g, "")) ?? [];
    return { units: loose, exact: false };
  }
}

function add(map: Map<string, Unit[]>, key: string, unit: Unit): void {
  if (key === "") return;
  const list = map.get(key);
  if (!list) map.set(key, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}
