import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { defaultParentAgency } from "../../core/report/document/frame";
import { useI18n, type MessageKey } from "../i18n";
import { DOCUMENT_FIELDS, FIELD_KIND, initials, type DocumentField } from "./documentFields";
import type { DocumentForm as FormState } from "./useDocumentForm";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Fluent inputs carry a minimum width; in a 320 px pane they must shrink with it.
  input: { minWidth: 0, width: "100%" },
});

/** Examples for fields whose absence is a blank (they are only shown, never saved). */
const EXAMPLES: Partial<Record<DocumentField, string>> = {
  requestNumber: "80/SNNPTNT-VPĐPNTM",
  requestSender: "Sở Nông nghiệp và Môi trường",
  signerRole: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
  signerName: "Nguyễn Văn A",
  recipients: "Sở Nông nghiệp và Môi trường\nVăn phòng Điều phối nông thôn mới tỉnh",
  fileKeeper: "P.QLTM",
};

/**
 * Who issues, who asked, who signs: the document settings, saved in the workbook. A field left
 * empty shows what the document will say instead: the province's default in plain grey, or an
 * example ("VD: …") where the document keeps a blank.
 */
export function DocumentForm({
  form,
  province,
  agency,
  year,
}: {
  form: FormState;
  province: string;
  agency: string;
  year: number;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const example = (text: string) => t("document.example", { text });
  const placeholder = (field: DocumentField): string | undefined => {
    switch (field) {
      case "parentAgency":
        return defaultParentAgency(province, year);
      case "agency":
        return agency;
      case "place":
        return province;
      case "agencyCode":
        return example(initials(form.effective.agency ?? agency));
      default:
        return EXAMPLES[field] && example(EXAMPLES[field]);
    }
  };
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader>{t("document.settings")}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.fields}>
            <Text size={200} block>
              {t("document.settingsHint")}
            </Text>
            {DOCUMENT_FIELDS.map((field) => {
              const kind = FIELD_KIND[field];
              const common = {
                className: styles.input,
                value: form.value(field),
                placeholder: placeholder(field),
                onBlur: () => form.commit(field),
              };
              return (
                <Field
                  key={field}
                  label={t(`document.field.${field}` as MessageKey)}
                  hint={kind === "lines" ? t("document.oneALine") : undefined}
                >
                  {kind === "lines" ? (
                    <Textarea
                      {...common}
                      resize="vertical"
                      rows={2}
                      onChange={(_, d) => form.change(field, d.value)}
                    />
                  ) : (
                    <Input
                      {...common}
                      type={kind === "date" ? "date" : "text"}
                      onChange={(_, d) => form.change(field, d.value)}
                    />
                  )}
                </Field>
              );
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
