import type { Lang } from "../../core/findings";
import type { CliCatalogue } from "./catalogue";
import { en } from "./en";
import { vi } from "./vi";

export type { CliCatalogue, CliMessageKey, CliText } from "./catalogue";

/** The command line's own texts by language. */
export const CLI_TEXT: Record<Lang, CliCatalogue> = { vi, en };

/** Vietnamese unless the user asked otherwise (domain: the users are Vietnamese staff). */
export const DEFAULT_LANG: Lang = "vi";
