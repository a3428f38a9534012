import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Pending {
  where: string;
  run: () => void;
}

/**
 * Copying a report that left rows out asks once (issue 10), for the paragraphs and the whole
 * document alike; the copy then runs inside the click on "Vẫn sao chép", as a clipboard needs.
 */
export function useLeftOutGate(leftOut: number) {
  const [confirmed, setConfirmed] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const ask = (where: string, run: () => void) => {
    if (leftOut > 0 && !confirmed) return setPending({ where, run });
    setPending(undefined);
    run();
  };
  const confirm = () => {
    setConfirmed(true);
    setPending(undefined);
    pending?.run();
  };
  return { ask, pending, confirm, cancel: () => setPending(undefined), leftOut };
}

export type LeftOutGate = ReturnType<typeof useLeftOutGate>;

/** The question, beside the buttons that asked it. */
export function ConfirmCopy({ gate, where }: { gate: LeftOutGate; where: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (gate.pending?.where !== where) return null;
  return (
    <MessageBar intent="warning" role="alertdialog" data-testid="confirm-copy">
      <MessageBarBody>{t("report.confirmCopy", { count: gate.leftOut })}</MessageBarBody>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={gate.confirm}>
          {t("report.copyAnyway")}
        </Button>
        <Button onClick={gate.cancel}>{t("report.notNow")}</Button>
      </div>
    </MessageBar>
  );
}
