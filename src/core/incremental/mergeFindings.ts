import { compareFindings, type Finding } from "../findings/finding";

/**
 * A sorted findings list with the findings `drop` picks (those of the re-checked rows) replaced
 * by `fresh` (sorted the same way). A re-checked row's findings all come fresh, and rows never
 * tie with other rows, so the merge gives the order a whole sort would.
 */
export function mergeFindings(
  sorted: readonly Finding[],
  drop: (f: Finding) => boolean,
  fresh: readonly Finding[]
): Finding[] {
  const out: Finding[] = [];
  let j = 0;
  for (const f of sorted) {
    if (drop(f)) continue;
    while (j < fresh.length && compareFindings(fresh[j], f) < 0) out.push(fresh[j++]);
    out.push(f);
  }
  while (j < fresh.length) out.push(fresh[j++]);
  return out;
}
