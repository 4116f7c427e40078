/**
 * Where things are in an .xlsx package: the workbook part (found through `_rels/.rels`, not
 * assumed at `xl/workbook.xml`), its sheets in tab order with their parts and visibility, and the
 * shared strings and styles parts. Relationship targets are resolved as OPC says: relative to the
 * folder of the part whose rels name them, or from the package root when they start with `/`.
 */
import { firstTag, tagsOf } from "./xml-text";
import type { XlsxPackage } from "./zip-package";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Resolved package path (no leading slash); external targets keep their text. */
  target: string;
  external: boolean;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: string;
  relId: string;
  /** Package path of the worksheet part; undefined for a chart sheet or dialog sheet. */
  path?: string;
  state: SheetState;
}

export interface WorkbookParts {
  workbookPath: string;
  sheets: SheetEntry[];
  sharedStringsPath?: string;
  stylesPath?: string;
  date1904: boolean;
  activeTab: number;
}

/** The folder of a part (`xl/workbook.xml` → `xl/`). */
function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

/** The rels part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPathOf(path: string): string {
  return `${folderOf(path)}_rels/${path.slice(folderOf(path).length)}.rels`;
}

/** Resolves `target` against `base`'s folder, folding `.` and `..`. */
export function resolveTarget(base: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : folderOf(base) + target;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return decodeURIComponent(out.join("/"));
}

/** The relationships of a part (none when it has no rels part). */
export function relationshipsOf(pkg: XlsxPackage, path: string): Relationship[] {
  const xml = pkg.text(relsPathOf(path));
  if (!xml) return [];
  return [...tagsOf(xml, "Relationship")].map(({ attributes: a }) => {
    const external = a.TargetMode === "External";
    return { id: a.Id ?? "", type: a.Type ?? "", target: external ? (a.Target ?? "") : resolveTarget(path, a.Target ?? ""), external };
  });
}

/** Thrown when the package is a zip but not a workbook (a .docx, an .ods, a damaged xlsx). */
export class NotAWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAWorkbookError";
  }
}

export function readWorkbookParts(pkg: XlsxPackage): WorkbookParts {
  const root = relationshipsOf(pkg, "");
  // Strict OOXML uses another namespace for the same relationship type; both end in /officeDocument.
  const main = root.find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
  const workbookPath = main?.target ?? (pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined);
  const xml = workbookPath ? pkg.text(workbookPath) : undefined;
  if (!workbookPath || !xml) throw new NotAWorkbookError("The archive holds no workbook part");
  const rels = relationshipsOf(pkg, workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = [...tagsOf(xml, "sheet")].map(({ attributes: a }): SheetEntry => {
    const rel = byId.get(a.id ?? "");
    const isWorksheet = rel !== undefined && rel.type.endsWith("/worksheet") && !rel.external;
    return {
      name: a.name ?? "",
      sheetId: a.sheetId ?? "",
      relId: a.id ?? "",
      path: isWorksheet && pkg.has(rel.target) ? rel.target : undefined,
      state: a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible",
    };
  });
  const pr = firstTag(xml, "workbookPr")?.attributes;
  const view = firstTag(xml, "workbookView")?.attributes;
  const relOf = (suffix: string) => rels.find((r) => r.type.endsWith(suffix) && !r.external && pkg.has(r.target))?.target;
  return {
    workbookPath,
    sheets,
    sharedStringsPath: relOf("/sharedStrings"),
    stylesPath: relOf("/styles"),
    date1904: pr?.date1904 === "1" || pr?.date1904 === "true",
    activeTab: Number(view?.activeTab ?? 0) || 0,
  };
}
