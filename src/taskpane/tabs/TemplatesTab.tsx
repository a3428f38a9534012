import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { download, XLSX_TYPE } from "../download";
import { useI18n } from "../i18n";
import { withExcelVersions } from "../i18n/requirement";
import { usePaneSession } from "../session/PaneSession";
import { useTemplateJob } from "./useTemplateJob";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Excel: create the tracking sheets in the open workbook. Standalone: download them. */
export function TemplatesTab() {
  const styles = useStyles();
  const { t } = useI18n();
  const session = usePaneSession();
  const { busy, said, run: work } = useTemplateJob();

  // Loaded on demand: the communes' list comes from the national reference.
  const template = async () =>
    (await import("../../core/sheets/templateFor")).templateFor(session.settings, session.today);
  const files = () => {
    if (!session.files) throw new Error("No file door was given to the standalone page");
    return session.files;
  };

  if (session.host === "excel") {
    return (
      <div className={styles.root}>
        <Text>{t("templates.excelIntro")}</Text>
        {session.port?.capabilities.missing.dataValidation && (
          <Text size={200}>
            {t("capability.dataValidation", {
              requirement: withExcelVersions(session.port.capabilities.missing.dataValidation, t),
            })}
          </Text>
        )}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy || !session.port}
            onClick={() =>
              void work(async () => {
                const r = await session.createTemplates();
                if (!r) return;
                return [
                  ...(r.created.length
                    ? [t("templates.created", { sheets: r.created.join(", ") })]
                    : []),
                  ...(r.kept.length ? [t("templates.kept", { sheets: r.kept.join(", ") })] : []),
                ];
              })
            }
          >
            {busy ? t("templates.working") : t("templates.create")}
          </Button>
        </div>
        <Said lines={said} />
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <Text>{t("templates.standaloneIntro")}</Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() =>
            void work(async () => {
              const empty = files().fromGrids({ sheets: [] }, { template });
              await empty.createTemplates();
              download(await empty.toXlsx(), t("file.template"), XLSX_TYPE);
            })
          }
        >
          {t("templates.downloadEmpty")}
        </Button>
        <Button
          disabled={busy}
          onClick={() =>
            void work(async () => {
              const { sampleWorkbook } = await import("../../core/sample");
              const sample = files().fromGrids(sampleWorkbook({ mistakes: true }));
              download(await sample.toXlsx(), t("file.sample"), XLSX_TYPE);
            })
          }
        >
          {t("templates.downloadSample")}
        </Button>
      </div>
      <Text size={200}>{t("templates.sampleNote")}</Text>
      <Said lines={said} />
    </div>
  );
}

function Said({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>
        {lines.map((l) => (
          <div key={l}>{l}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
