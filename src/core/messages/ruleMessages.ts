import type { MessageCatalogue } from "./catalogue";

/** Messages for findings raised by the rules (core/rules). */
export const ruleMessages: MessageCatalogue = {};
