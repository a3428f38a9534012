import type { HostInfo } from "../../workbook/excel/host";

/** PLACEHOLDER: the Templates tab lands with the task-pane issue. */
export function TemplatesTab(_props: { host: HostInfo }) {
  return null;
}
