import { Button, makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { useI18n } from "../i18n";
import { usePaneSession } from "../session/PaneSession";
import { useDiscardQuestion } from "../shell/useDiscardQuestion";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
  },
  current: { flexBasis: "100%" },
});

/** Standalone: open an .xlsx by picker or drop, or the bundled sample. */
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

export function OpenWorkbook() {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId("xlsx");
  const [over, setOver] = useState(false);
  const busy = session.busy;
  // Fixed cells not yet downloaded are lost by opening another workbook: ask first.
  const discard = useDiscardQuestion();

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) discard.ask(() => void session.openFile(file));
  };

  return (
    <>
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="open-workbook"
      >
        {session.source && (
          <Text className={styles.current} weight="semibold">
            {t("open.current", { name: session.source })}
          </Text>
        )}
        <input
          ref={input}
          id={inputId}
          className={styles.input}
          type="file"
          accept={ACCEPTED}
          aria-label={t("open.fileInput")}
          // The button below opens it: one "open file" control for the keyboard and the ear.
          tabIndex={-1}
          aria-hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void session.openFile(file);
          }}
        />
        {/* Before a file is open, opening one is the job: the primary button. The demo data is a
          subtle second choice, so nobody takes it for the official blank form. */}
        <Button
          appearance={session.source ? "secondary" : "primary"}
          disabled={busy}
          onClick={() => discard.ask(() => input.current?.click())}
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
      </div>
      {/* Outside the drop zone: React events bubble from the dialog's portal up the tree. */}
      {discard.question}
    </>
  );
}
