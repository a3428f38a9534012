import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";

/**
 * Asks before anything replaces the page's workbook while it holds fixed cells not yet
 * downloaded (issue 16: work is never lost silently). The question is the pane's own dialog, not
 * `window.confirm`: Office.js replaces `confirm` with a stub that throws, even on taskpane.html
 * opened in a plain browser, where the page runs standalone. `ask` runs `proceed` at once when
 * nothing is unsaved, and otherwise inside the click on "go on", so a file picker it opens still
 * counts as opened by the user.
 */
export function useDiscardQuestion(): { ask(proceed: () => void): void; question: ReactNode } {
  const { t } = useI18n();
  const session = usePaneSession();
  const [waiting, setWaiting] = useState<{ proceed: () => void }>();

  const ask = (proceed: () => void) => {
    if (session.unsaved === 0) proceed();
    else setWaiting({ proceed });
  };

  const question = (
    <Dialog
      modalType="alert"
      open={waiting !== undefined}
      onOpenChange={(_, d) => !d.open && setWaiting(undefined)}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("discard.title")}</DialogTitle>
          <DialogContent>{t("open.discardConfirm", { count: session.unsaved })}</DialogContent>
          <DialogActions>
            {/* The safe answer is the primary one and first, so it has focus: a stray Enter
                keeps the fixes. */}
            <Button appearance="primary" onClick={() => setWaiting(undefined)}>
              {t("discard.keep")}
            </Button>
            <Button
              onClick={() => {
                setWaiting(undefined);
                waiting?.proceed();
              }}
            >
              {t("discard.go")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );

  return { ask, question };
}
