import type { HostInfo } from "../../workbook/excel/host";

/** PLACEHOLDER: the Check tab lands with the task-pane issue. */
export function CheckTab(_props: { host: HostInfo }) {
  return null;
}
