import { compareFindings, type Finding } from "../findings/finding";

/**
 * A sorted findings list with every finding on the given rows replaced by `fresh` (sorted the
 * same way): the rows of one sheet never tie with another row's, so a merge gives the order a
 * full sort would.
 */
export function mergeFindings(
  sorted: readonly Finding[],
  rowsBySheet: ReadonlyMap<string, ReadonlySet<number>>,
  fresh: readonly Finding[]
): Finding[] {
  const out: Finding[] = [];
  let j = 0;
  for (const f of sorted) {
    if (rowsBySheet.get(f.sheet)?.has(f.row)) continue;
    while (j < fresh.length && compareFindings(fresh[j], f) < 0) out.push(fresh[j++]);
    out.push(f);
  }
  while (j < fresh.length) out.push(fresh[j++]);
  return out;
}
