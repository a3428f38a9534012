import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";

/** A message about one action, shown beside the control that was used (`where`). */
export interface ActionNotice {
  where: string;
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/**
 * One notice for a whole panel: the next action replaces it, and it is cleared when `source`
 * changes (the document it spoke of is not the one on screen any more), so "Đã sao chép" never
 * stays beside a document that was not copied.
 */
export function useActionNotice(source: unknown) {
  const [notice, setNotice] = useState<ActionNotice>();
  useEffect(() => setNotice(undefined), [source]);
  const say = useCallback((n: ActionNotice | undefined) => setNotice(n), []);
  return { notice, say };
}

export function NoticeAt({ where, notice }: { where: string; notice?: ActionNotice }) {
  if (!notice || notice.where !== where) return null;
  return (
    <MessageBar intent={notice.intent} role="status" data-testid={`notice-${where}`}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
