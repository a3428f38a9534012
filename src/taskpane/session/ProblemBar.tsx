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
  // A read the user cancelled is no failure: said calmly, without an alarm.
  const calm = problem.key === "read.cancelled";
  return (
    <MessageBar intent={calm ? "info" : "error"} role={calm ? "status" : "alert"}>
      <MessageBarBody>
        {!calm && <MessageBarTitle>{t("problem.title")}</MessageBarTitle>}
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
