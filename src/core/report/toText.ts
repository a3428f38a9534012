import { runsText, type ReportModel } from "./model";

/** The report's words as plain text: the title, then the paragraphs, blank lines between. */
export function toText(model: ReportModel): string {
  return (
    [runsText(model.title), ...model.paragraphs.map((p) => runsText(p.runs))].join("\n\n") + "\n"
  );
}
