import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useI18n } from "../i18n";
import type { HostInfo } from "../../workbook/hostInfo";

const KEY = "ocop.noticeDismissed";

function wasDismissed(): boolean {
  try {
    return sessionStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

/**
 * A short notice saying where the pane runs (it wraps rather than widen a 320 px pane). The standalone notice can be closed (for the session):
 * once read it only pushes the findings down. In Excel nothing needs saying.
 */
export function HostNotice({ kind }: { kind: HostInfo["kind"] }) {
  const { t } = useI18n();
  const [hidden, hide] = useState(wasDismissed);
  if (kind === "excel" || hidden) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="host-notice">
      <MessageBarBody>{t("app.standaloneNotice")}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            icon={<DismissRegular />}
            aria-label={t("app.noticeDismiss")}
            onClick={() => {
              try {
                sessionStorage.setItem(KEY, "1");
              } catch {
                // Private mode: closed for this view only.
              }
              hide(true);
            }}
          />
        }
      />
    </MessageBar>
  );
}
