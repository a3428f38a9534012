import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { useI18n } from "../i18n";

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
  // The input is reached through the one visible button, never as a second tab stop.
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
  },
});

/** Several unit workbooks at once: one file button (`multiple`) and a drop zone. */
export function RollupPicker({
  onFiles,
  disabled,
  primary,
  hasFiles,
}: {
  onFiles: (files: File[]) => void;
  disabled: boolean;
  /** The button is the view's one primary action while no file is chosen. */
  primary: boolean;
  hasFiles: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="rollup-files"
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("rollup.fileInput")}
        tabIndex={-1}
        onChange={(e) => {
          const chosen = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          onFiles(chosen);
        }}
      />
      <Button
        appearance={primary ? "primary" : "secondary"}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {hasFiles ? t("rollup.pickMore") : t("rollup.pick")}
      </Button>
      <Text size={200}>{over ? t("rollup.dropActive") : t("rollup.drop")}</Text>
    </div>
  );
}
