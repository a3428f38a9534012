import type { Severity } from "./finding";

/**
 * One entry of the registry: how grave the finding is and its message in each language, from
 * its params. `never` lets each entry declare its own params type (contravariance), which
 * `FindingParams<C>` then reads back.
 */
export interface FindingSpec {
  severity: Severity;
  vi: (p: never) => string;
  en: (p: never) => string;
}

/** A message in each language from params `P` (`void`: the message needs none). */
export interface Messages<P> {
  vi: (p: P) => string;
  en: (p: P) => string;
}
