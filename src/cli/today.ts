import { localIsoDate } from "../core/isoDate";

/** Today as the user's own calendar says (see `localIsoDate`). The CLI is a door: it reads the clock. */
export function localToday(now: Date = new Date()): string {
  return localIsoDate(now);
}
