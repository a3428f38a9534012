import type { HostInfo } from "../../workbook/excel/host";

/** PLACEHOLDER: the Report tab lands with the task-pane issue. */
export function ReportTab(_props: { host: HostInfo }) {
  return null;
}
