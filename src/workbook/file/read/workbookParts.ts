import { attribute, decodeXmlText } from "./xmlText";

/**
 * The workbook's own parts, by relationship: which sheets it has (in tab order), where they
 * live, where its shared strings and styles are, and its date system. Strict OOXML uses other
 * namespace URIs with the same last segment, so types are matched by their ending.
 */

export interface SheetEntry {
  name: string;
  /** Zip path of the sheet part. */
  path: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookLayout {
  workbookPath: string;
  sheets: SheetEntry[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

export function relationships(
  xml: string | undefined,
  ownerPath: string
): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  const dir = ownerPath.includes("/") ? ownerPath.slice(0, ownerPath.lastIndexOf("/") + 1) : "";
  const tag = /<(?:[\w.-]+:)?Relationship\b([^>]*)>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    if (!id || !target || attribute(m[1], "TargetMode") === "External") continue;
    out.set(id, {
      type: attribute(m[1], "Type") ?? "",
      target: resolvePath(dir, decodeXmlText(target)),
    });
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The workbook part named by the package's root relationships (usually xl/workbook.xml). */
export function workbookPath(rootRels: string | undefined): string {
  for (const rel of relationships(rootRels, "").values())
    if (rel.type.endsWith("/officeDocument")) return rel.target;
  return "xl/workbook.xml";
}

export function workbookLayout(
  path: string,
  workbookXml: string,
  rels: string | undefined
): WorkbookLayout {
  const byId = relationships(rels, path);
  const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(workbookXml);
  const d = pr ? attribute(pr[1], "date1904") : undefined;
  const layout: WorkbookLayout = {
    workbookPath: path,
    sheets: [],
    date1904: d === "1" || d === "true",
  };
  for (const rel of byId.values()) {
    if (rel.type.endsWith("/sharedStrings")) layout.sharedStrings = rel.target;
    else if (rel.type.endsWith("/styles")) layout.styles = rel.target;
  }
  const tag = /<(?:[\w.-]+:)?sheet\b([^>]*)>/g;
  for (let m = tag.exec(workbookXml); m; m = tag.exec(workbookXml)) {
    const name = attribute(m[1], "name");
    const id = attribute(m[1], "id");
    const rel = id ? byId.get(id) : undefined;
    // Chart sheets, dialog and macro sheets hold no cells to check.
    if (name === undefined || !rel || !rel.type.endsWith("/worksheet")) continue;
    const state = attribute(m[1], "state");
    layout.sheets.push({
      name: decodeXmlText(name),
      path: rel.target,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    });
  }
  return layout;
}
