import { Button, makeStyles, Text } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { FileDropZone } from "../shell/FileDropZone";
import { useDiscardQuestion } from "../shell/useDiscardQuestion";

const useStyles = makeStyles({
  current: { flexBasis: "100%" },
});

/**
 * The workbook files the page reads (README "File formats"): .xlsx and .xlsm, and the older or
 * other formats the file door reads through SheetJS. What a file is comes from its bytes.
 */
const ACCEPTED = [
  ".xlsx",
  ".xlsm",
  ".xls",
  ".xlsb",
  ".ods",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
  "application/vnd.oasis.opendocument.spreadsheet",
].join(",");

/** Standalone: open a workbook by picker or drop, or the demo data. */
export function OpenWorkbook() {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  const busy = session.busy;
  // Fixed cells not yet downloaded are lost by opening another workbook: ask first (before the
  // picker opens; a dropped file is asked about when it lands).
  const discard = useDiscardQuestion();

  return (
    <>
      <FileDropZone
        accept={ACCEPTED}
        inputLabel={t("open.fileInput")}
        testId="open-workbook"
        onFiles={([file], how) => {
          if (how === "picked") void session.openFile(file);
          else discard.ask(() => void session.openFile(file));
        }}
      >
        {(pick, over) => (
          <>
            {session.source && (
              <Text className={styles.current} weight="semibold">
                {t("open.current", { name: session.source })}
              </Text>
            )}
            {/* Before a file is open, opening one is the job: the primary button. The demo data
              is a subtle second choice, so nobody takes it for the official blank form. */}
            <Button
              appearance={session.source ? "secondary" : "primary"}
              disabled={busy}
              onClick={() => discard.ask(pick)}
            >
              {session.source ? t("open.other") : t("open.pick")}
            </Button>
            <Button
              appearance="subtle"
              disabled={busy}
              onClick={() => discard.ask(() => void session.openSample())}
            >
              {t("open.sample")}
            </Button>
            <Text size={200}>{over ? t("open.dropActive") : t("open.drop")}</Text>
          </>
        )}
      </FileDropZone>
      {/* Outside the drop zone: React events bubble from the dialog's portal up the tree. */}
      {discard.question}
    </>
  );
}
