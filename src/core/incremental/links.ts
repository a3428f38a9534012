import type { ExhibitRow, ProductRow } from "../sheets/rows";
import { fold } from "../text/fold";

/** The sheets whose rows a re-check can take a few at a time; a fairs edit re-checks all. */
export const LINKED_KINDS = ["exhibits", "products"] as const;
export type LinkedKind = (typeof LINKED_KINDS)[number];

/**
 * What ties an exhibit or ranked row to the others, as the cross-row rules read them
 * (core/rules): the folded product name. Exhibit repeats at a fair, ranked repeats, the exhibit
 * against its ranked rows, a certificate superseded by a later one: each compares rows of one
 * folded product name only (the producer narrows it further, never widens it). Rows of other
 * names cannot change each other's findings, so an edit re-checks the rows of the names it
 * touched (old and new). A rule that joins rows on anything else must be declared here; the
 * property test (tests/core/incremental) fails until it is. A row without a product links to
 * none. Fairs are not linked: every exhibit reads its fair, so an edit there re-checks all.
 */
export function linkKey(
  row: ExhibitRow | ProductRow,
  key: (text: string) => string = fold
): string {
  return row.product ? key(row.product) : "";
}
