import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { withExcelVersions } from "../i18n/requirement";
import { usePaneSession } from "./PaneSession";

/** The last failure, in words from the catalogue, above whichever tab is open. */
export function ProblemBar() {
  const { t } = useI18n();
  const { problem, clearProblem } = usePaneSession();
  if (!problem) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("problem.title")}</MessageBarTitle>
        {t(problem.key, {
          ...problem.params,
          ...(problem.params?.requirement !== undefined
            ? { requirement: withExcelVersions(String(problem.params.requirement), t) }
            : {}),
        })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={clearProblem}>
          {t("problem.close")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
