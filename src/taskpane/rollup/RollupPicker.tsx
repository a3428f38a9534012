import { Button, Text } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { FileDropZone } from "../shell/FileDropZone";

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
  const { t } = useI18n();
  return (
    <FileDropZone
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      multiple
      inputLabel={t("rollup.fileInput")}
      testId="rollup-files"
      onFiles={(files) => {
        if (!disabled) onFiles(files);
      }}
    >
      {(pick, over) => (
        <>
          <Button appearance={primary ? "primary" : "secondary"} disabled={disabled} onClick={pick}>
            {hasFiles ? t("rollup.pickMore") : t("rollup.pick")}
          </Button>
          <Text size={200}>{over ? t("rollup.dropActive") : t("rollup.drop")}</Text>
        </>
      )}
    </FileDropZone>
  );
}
