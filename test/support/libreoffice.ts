/**
 * A real spreadsheet engine for the tests: LibreOffice headless recalculates every formula of
 * a written .xlsx (so ExcelJS can read the results back) and renders sheets to PNG.
 * Each jest worker gets a private profile so parallel workers never share a lock file.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

const SOFFICE_CANDIDATES = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

/** Path of soffice, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const candidate of SOFFICE_CANDIDATES) if (existsSync(candidate)) return candidate;
  try {
    const found = execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim();
    return found || null;
  } catch {
    // `command -v` exits 1 when soffice is not on PATH: that is the answer, not an error.
    return null;
  }
}

/**
 * Whether the LibreOffice tests can run. Without soffice they are skipped with a printed
 * reason, except on CI (process.env.CI), where a missing engine must fail the build.
 */
export function libreOfficeAvailable(): boolean {
  if (findSoffice()) return true;
  const reason = "LibreOffice (soffice) not found: formula recalculation and PNG rendering tests skipped.";
  if (process.env.CI) throw new Error(`${reason} On CI it is required (apt-get install libreoffice-calc).`);
  console.warn(reason);
  return false;
}

let profileDir: string | null = null;

/** A private profile that recalculates every formula when an .xlsx is loaded. */
function profile(): string {
  if (profileDir) return profileDir;
  profileDir = mkdtempSync(join(tmpdir(), `cermat-lo-${process.pid}-`));
  const user = join(profileDir, "user");
  mkdirSync(user, { recursive: true });
  // OOXMLRecalcMode 0 = "always recalculate": otherwise LibreOffice trusts cached results.
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  process.on("exit", () => {
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });
  return profileDir;
}

function convert(file: string, format: string, outDir: string): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found");
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${profile()}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, file],
    { stdio: "pipe", timeout: 120_000 },
  );
  const ext = format.split(":")[0];
  const out = join(outDir, `${basename(file, extname(file))}.${ext}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not produce ${out}`);
  return out;
}

/** Opens `file` in LibreOffice, recalculates, saves as .xlsx in a fresh folder; returns the new path. */
export function recalculate(file: string): string {
  const outDir = mkdtempSync(join(tmpdir(), "cermat-recalc-"));
  return convert(file, "xlsx:Calc MS Excel 2007 XML", outDir);
}

export interface RenderOptions {
  /** Resolution (default 60). */
  dpi?: number;
  /** Keep only the top part of the page, in pixels (a wide table leaves the bottom empty). */
  cropHeight?: number;
}

/**
 * Renders the first page of `file` to `<pngPath>` (via PDF, then pdftoppm).
 * Returns the PNG path.
 */
export function renderPng(file: string, pngPath: string, options: RenderOptions = {}): string {
  const work = mkdtempSync(join(tmpdir(), "cermat-render-"));
  const pdf = convert(file, "pdf", work);
  const prefix = join(work, "page");
  const crop = options.cropHeight ? ["-x", "0", "-y", "0", "-W", "100000", "-H", String(options.cropHeight)] : [];
  execFileSync("pdftoppm", ["-png", "-r", String(options.dpi ?? 60), ...crop, "-f", "1", "-l", "1", pdf, prefix], { stdio: "pipe" });
  const page = readdirSync(work).find((f) => f.startsWith("page") && f.endsWith(".png"));
  if (!page) throw new Error(`pdftoppm produced no page for ${pdf}`);
  mkdirSync(join(pngPath, ".."), { recursive: true });
  renameSync(join(work, page), pngPath);
  rmSync(work, { recursive: true, force: true });
  return pngPath;
}
