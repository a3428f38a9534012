import type { MessageKey } from "../i18n";

/**
 * An outcome the tab says next to the button that caused it, kept as a catalogue key so a
 * language switch re-words it.
 */
export interface Said {
  intent: "success" | "error" | "info";
  key: MessageKey;
  params?: Record<string, string | number>;
}
