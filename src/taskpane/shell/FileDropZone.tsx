import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent, type ReactNode } from "react";

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
});

/**
 * A dashed zone that takes files dropped on it, with a hidden file input that the zone's own
 * button opens (`pick`): one "open file" control for the keyboard and the ear, so the input is
 * neither a tab stop nor announced. The check tab opens one workbook here, the roll-up several.
 */
export function FileDropZone({
  accept,
  multiple = false,
  inputLabel,
  testId,
  onFiles,
  children,
}: {
  accept: string;
  multiple?: boolean;
  inputLabel: string;
  testId: string;
  /** Files chosen in the picker or dropped (never an empty list). */
  onFiles(files: File[], how: "picked" | "dropped"): void;
  /** The zone's content: `pick` opens the picker; `over` while files are dragged over it. */
  children(pick: () => void, over: boolean): ReactNode;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files, "dropped");
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
      data-testid={testId}
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-label={inputLabel}
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          if (files.length > 0) onFiles(files, "picked");
        }}
      />
      {children(() => input.current?.click(), over)}
    </div>
  );
}
