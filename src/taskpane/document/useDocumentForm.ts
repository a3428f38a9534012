import { useMemo, useState } from "react";
import type { DocumentSettings } from "../../core/documentSettings";
import { usePaneSession } from "../session/PaneSession";
import { fieldText, withDrafts, withField, type DocumentField } from "./documentFields";

/**
 * The document settings form's state: what is typed shows in the preview at once (the blanks
 * count drops while typing); leaving a field saves it into the workbook's settings through the
 * door, where every door (Excel, the page, the CLI) reads it back.
 */
export function useDocumentForm() {
  const session = usePaneSession();
  const stored = session.settings.document;
  const [drafts, setDrafts] = useState<Partial<Record<DocumentField, string>>>({});
  const effective: DocumentSettings = useMemo(() => withDrafts(stored, drafts), [stored, drafts]);

  const value = (field: DocumentField): string => drafts[field] ?? fieldText(stored, field);
  const change = (field: DocumentField, text: string) =>
    setDrafts((d) => ({ ...d, [field]: text }));
  const commit = (field: DocumentField) => {
    const typed = drafts[field];
    if (typed === undefined) return;
    setDrafts(({ [field]: _done, ...rest }) => rest);
    const current = session.settings.document;
    const next = withField(current, field, typed);
    if (fieldText(next, field) !== fieldText(current, field))
      void session.saveSettings({ document: next });
  };
  return { effective, value, change, commit };
}

export type DocumentForm = ReturnType<typeof useDocumentForm>;
