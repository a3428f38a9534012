import type { MessageCatalogue } from "./catalogue";

/** Messages for findings raised while reading sheets (core/sheets). */
export const sheetMessages: MessageCatalogue = {};
