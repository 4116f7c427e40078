/**
 * Offline validation of Cermat's add-in manifest (`npm run validate`).
 *
 * `office-addin-manifest validate` posts the XML to a Microsoft web service and fails offline,
 * so this checks what that service would, locally:
 *  1. structure: `xmllint --schema` against our own subset schema (test/support/schemas/,
 *     written from [MS-OWEMXML]); and, when OFFICE_ADDIN_XSD_DIR points at Microsoft's
 *     published XSDs (OfficeAppManifestV1_1.xsd and friends), against those too;
 *  2. references: every resid names a resource of the right kind, ids are unique, resource ids
 *     fit Office's 32-character limit;
 *  3. URLs: https on the add-in's origin; every icon resolves to a PNG in assets/ whose pixel
 *     size is the size the manifest declares; every page has a source file;
 *  4. words: every string has its en-US override beside the id-ID default;
 *  5. commands: every ExecuteFunction name is registered by the function file;
 *  6. office-addin-manifest's own offline parser reads the same id, locale, host, permission
 *     and source location.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { ManifestInfo } from "office-addin-manifest";

export interface ManifestCheckOptions {
  /** Repository root: where assets/ and src/ are. */
  root: string;
  origin: string;
  defaultLocale: string;
  overrideLocale: string;
  /** The function file whose `Office.actions.associate("name", …)` calls register the commands. */
  functionFile: string;
  /** Directory of our subset schema (entry: office-app.xsd). */
  schemaDir: string;
  /** Directory holding Microsoft's own XSDs, when available (not committed: see test/support/schemas/README.md). */
  officialSchemaDir?: string;
}

export interface ManifestReport {
  errors: string[];
  warnings: string[];
}

const ROOT = resolve(__dirname, "..");

export const DEFAULT_OPTIONS: ManifestCheckOptions = {
  root: ROOT,
  origin: "https://localhost:3000",
  defaultLocale: "id-ID",
  overrideLocale: "en-US",
  functionFile: join(ROOT, "src/commands/commands.ts"),
  schemaDir: join(ROOT, "test/support/schemas"),
  officialSchemaDir: process.env.OFFICE_ADDIN_XSD_DIR,
};

/** Runs xmllint; returns its complaints (empty when the manifest validates). */
function schemaErrors(manifest: string, schema: string): string[] {
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], { stdio: "pipe" });
    return [];
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    return stderr
      .split("\n")
      .filter((line) => line.trim() !== "" && !/fails to validate$/.test(line))
      .map((line) => `schema ${relative(ROOT, schema)}: ${line}`);
  }
}

/** Serialized nodes an XPath selects (xmllint exits 10 for an empty set). */
function select(manifest: string, xpath: string): string {
  try {
    return execFileSync("xmllint", ["--nonet", "--xpath", xpath, manifest], { stdio: "pipe" }).toString();
  } catch (error) {
    if ((error as { status?: number }).status === 10) return "";
    throw error;
  }
}

interface Element {
  name: string;
  attrs: Record<string, string>;
  raw: string;
}

/** Start tags of the selected nodes, with their attributes (children kept in `raw`). */
function elements(manifest: string, xpath: string): Element[] {
  const out = select(manifest, xpath);
  const result: Element[] = [];
  const tags = /<([\w:.]+)((?:\s+[\w:.-]+="[^"]*")*)\s*\/?>/g;
  // Only top-level matches: split serialized nodes by their own start tags.
  const nodes = splitNodes(out);
  for (const raw of nodes) {
    tags.lastIndex = 0;
    const m = tags.exec(raw);
    if (!m) continue;
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]] = decode(a[2]);
    result.push({ name: m[1].replace(/^\w+:/, ""), attrs, raw });
  }
  return result;
}

/** xmllint prints selected nodes one after another; split them at depth 0. */
function splitNodes(serialized: string): string[] {
  const nodes: string[] = [];
  let depth = 0;
  let start = -1;
  for (const m of serialized.matchAll(/<(\/?)[\w:.]+[^>]*?(\/?)>/g)) {
    const closing = m[1] === "/";
    const selfClosing = m[2] === "/";
    if (!closing && depth === 0) start = m.index ?? 0;
    if (!closing && !selfClosing) depth++;
    if (closing) depth--;
    if (depth === 0 && start >= 0) {
      nodes.push(serialized.slice(start, (m.index ?? 0) + m[0].length));
      start = -1;
    }
  }
  return nodes;
}

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

const byName = (name: string) => `//*[local-name()='${name}']`;

/** What kind of resource each referencing element needs. */
const RESOURCE_KIND: Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings"> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/**
 * office-addin-manifest's own offline reading. In a child process, because the package pulls in
 * ESM-only dependencies (uuid, strip-bom) that jest's CommonJS runtime cannot load.
 */
function readWithOfficeAddinManifest(manifest: string): ManifestInfo {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((info) => process.stdout.write(JSON.stringify(info)), (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });";
  const out = execFileSync(process.execPath, ["-e", script, manifest], { cwd: ROOT, stdio: "pipe" });
  return JSON.parse(out.toString()) as ManifestInfo;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const buf = readFileSync(file);
  if (buf.length < 24 || buf.toString("latin1", 1, 4) !== "PNG" || buf.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function filesNamed(dir: string, name: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === "node_modules" ? [] : filesNamed(path, name);
    return entry === name ? [path] : [];
  });
}

export async function validateManifest(manifest: string, options: ManifestCheckOptions = DEFAULT_OPTIONS): Promise<ManifestReport> {
  const errors: string[] = [];
  const warnings: string[] = [];

  // 1. Structure.
  errors.push(...schemaErrors(manifest, join(options.schemaDir, "office-app.xsd")));
  if (options.officialSchemaDir) {
    const official = join(options.officialSchemaDir, "OfficeAppManifestV1_1.xsd");
    if (existsSync(official)) errors.push(...schemaErrors(manifest, official));
    else warnings.push(`OFFICE_ADDIN_XSD_DIR has no OfficeAppManifestV1_1.xsd: ${options.officialSchemaDir}`);
  }
  // The remaining checks read the XML: on a file that is not even well-formed, stop here.
  try {
    execFileSync("xmllint", ["--noout", "--nonet", manifest], { stdio: "pipe" });
  } catch {
    return { errors, warnings };
  }

  // 2. Resources and references.
  const resources = new Map<string, { kind: string; element: Element }>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    for (const element of elements(manifest, `${byName("Resources")}/*[local-name()='${kind}']/*`)) {
      const id = element.attrs.id;
      if (resources.has(id)) errors.push(`resource id "${id}" is defined twice`);
      resources.set(id, { kind, element });
    }
  }
  for (const element of elements(manifest, "//*[@resid]")) {
    const resid = element.attrs.resid;
    const wanted = RESOURCE_KIND[element.name];
    const found = resources.get(resid);
    if (!found) errors.push(`<${element.name} resid="${resid}"> names no resource`);
    else if (wanted && found.kind !== wanted) errors.push(`<${element.name} resid="${resid}"> needs a resource in ${wanted}, found one in ${found.kind}`);
  }
  const controlIds = elements(manifest, `${byName("Control")} | ${byName("Group")}`).map((e) => e.attrs.id);
  for (const id of new Set(controlIds)) {
    if (controlIds.filter((x) => x === id).length > 1) errors.push(`control id "${id}" is used twice`);
  }

  // 3. URLs and the files behind them.
  const urls: Array<{ where: string; url: string; size?: number }> = [];
  for (const [id, { kind, element }] of resources) {
    if (kind === "Images" || kind === "Urls") urls.push({ where: `resource ${id}`, url: element.attrs.DefaultValue });
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const element of elements(manifest, `/*/*[local-name()='${name}'] | /*/*/*[local-name()='${name}']`)) {
      if (element.attrs.DefaultValue) urls.push({ where: name, url: element.attrs.DefaultValue, size: name === "IconUrl" ? 32 : name === "HighResolutionIconUrl" ? 64 : undefined });
    }
  }
  for (const text of select(manifest, `${byName("AppDomain")}/text()`).split("\n").filter(Boolean)) {
    if (text.trim() !== options.origin) errors.push(`AppDomain ${text.trim()} is not the add-in's origin ${options.origin}`);
  }
  const declaredSizes = new Map<string, Set<number>>();
  for (const element of elements(manifest, `${byName("Icon")}/*[local-name()='Image']`)) {
    const sizes = declaredSizes.get(element.attrs.resid) ?? new Set<number>();
    sizes.add(Number(element.attrs.size));
    declaredSizes.set(element.attrs.resid, sizes);
  }
  for (const { where, url, size } of urls) {
    if (!url.startsWith(`${options.origin}/`)) {
      errors.push(`${where}: ${url} is not on ${options.origin} over https`);
      continue;
    }
    const path = new URL(url).pathname.replace(/^\//, "");
    if (/\.png$/i.test(path)) {
      const file = join(options.root, path);
      if (!existsSync(file)) {
        errors.push(`${where}: ${url} has no file ${relative(options.root, file)}`);
        continue;
      }
      const got = pngSize(file);
      const id = where.replace(/^resource /, "");
      const wanted = size !== undefined ? [size] : [...(declaredSizes.get(id) ?? [])];
      if (!got) errors.push(`${where}: ${path} is not a PNG`);
      else for (const w of wanted) if (got.width !== w || got.height !== w) errors.push(`${where}: ${path} is ${got.width}×${got.height}, the manifest says ${w}×${w}`);
    } else if (/\.html$/i.test(path)) {
      const page = path.split("/").pop() ?? path;
      if (filesNamed(join(options.root, "src"), page).length === 0) warnings.push(`${where}: no src/**/${page} yet (the build serves ${url})`);
    }
  }

  // 4. Words in both languages.
  const locale = select(manifest, `${byName("DefaultLocale")}/text()`).trim();
  if (locale !== options.defaultLocale) errors.push(`DefaultLocale is ${locale}, expected ${options.defaultLocale}`);
  for (const element of elements(manifest, `${byName("ShortStrings")}/* | ${byName("LongStrings")}/* | /*/*[local-name()='DisplayName'] | /*/*[local-name()='Description']`)) {
    if (!element.raw.includes(`Locale="${options.overrideLocale}"`)) {
      errors.push(`${element.attrs.id ?? element.name} ("${element.attrs.DefaultValue}") has no ${options.overrideLocale} override`);
    }
  }

  // 5. Function commands registered by the function file.
  const functionSource = existsSync(options.functionFile) ? readFileSync(options.functionFile, "utf8") : "";
  const registered = new Set([...functionSource.matchAll(/Office\.actions\.associate\(\s*["'](\w+)["']/g)].map((m) => m[1]));
  for (const name of select(manifest, `${byName("FunctionName")}/text()`).split("\n").map((s) => s.trim()).filter(Boolean)) {
    if (!registered.has(name)) errors.push(`FunctionName "${name}" is not registered in ${relative(options.root, options.functionFile)}`);
  }

  // 6. office-addin-manifest's own reading of the file (offline: it only parses).
  try {
    const info = readWithOfficeAddinManifest(manifest);
    if (!info.id || !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(info.id)) errors.push(`office-addin-manifest reads no GUID id (${info.id})`);
    if (info.defaultLocale !== options.defaultLocale) errors.push(`office-addin-manifest reads DefaultLocale ${info.defaultLocale}`);
    if (info.officeAppType !== "TaskPaneApp") errors.push(`office-addin-manifest reads type ${info.officeAppType}, expected TaskPaneApp`);
    if (!info.hosts?.includes("Workbook")) errors.push(`office-addin-manifest reads hosts ${JSON.stringify(info.hosts)}, expected Workbook`);
    if (info.permissions !== "ReadWriteDocument") errors.push(`office-addin-manifest reads permissions ${info.permissions}`);
    if (info.defaultSettings?.sourceLocation !== `${options.origin}/taskpane.html`) errors.push(`office-addin-manifest reads SourceLocation ${info.defaultSettings?.sourceLocation}`);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString();
    errors.push(`office-addin-manifest cannot read the manifest: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  }

  return { errors, warnings };
}

async function main(): Promise<void> {
  const manifest = resolve(process.argv[2] ?? join(ROOT, "manifest.xml"));
  const { errors, warnings } = await validateManifest(manifest);
  for (const w of warnings) console.warn(`peringatan / warning: ${w}`);
  for (const e of errors) console.error(`galat / error: ${e}`);
  if (errors.length > 0) {
    console.error(`Manifest tidak valid / manifest is not valid: ${relative(process.cwd(), manifest)} (${errors.length})`);
    process.exitCode = 1;
  } else {
    console.log(`Manifest valid: ${relative(process.cwd(), manifest)}`);
  }
}

if (require.main === module) void main();
