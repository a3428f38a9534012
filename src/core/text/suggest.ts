import { distance } from "fastest-levenshtein";
import { fold } from "./fold";

/**
 * The candidate closest to `text` once both are folded (case, diacritics, punctuation), or
 * undefined when none is within `maxDistance` edits. The default allows about one typo per
 * four letters (at least 1, at most 3), so a near miss is suggested and a stranger is not.
 * Two different candidates equally near make the answer a guess ("HC-2023-09" is one edit from
 * every "HC-2023-0x"), so a tie suggests nothing rather than something arbitrary.
 */
export function nearest(
  text: string,
  candidates: readonly string[],
  maxDistance?: number
): string | undefined {
  const key = fold(text);
  if (key === "") return undefined;
  const limit = maxDistance ?? Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  let best: string | undefined;
  let bestFolded = "";
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    if (folded === "") continue;
    const d = Math.min(distance(key, folded), distance(compact(key), compact(folded)));
    if (d < bestDistance) {
      best = candidate;
      bestFolded = folded;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance && folded !== bestFolded) {
      tied = true;
    }
  }
  return bestDistance <= limit && !tied ? best : undefined;
}

function compact(folded: string): string {
  return folded.replace(/ /g, "");
}
