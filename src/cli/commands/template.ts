import { existsSync } from "node:fs";
import { HAND_FILLED, TEMPLATES, TemplateError, isTemplateId, type TemplateOptions } from "../../engine/templates";
import { WorkbookError } from "../../port/workbook-port";
import { XlsxFileWorkbook } from "../../xlsx/node-file";
import { EXIT, type CommandIo } from "../command";

/** `--name value` / `-o value` flags and positional words; `--yes` style switches map to "true". */
export function parseFlags(args: readonly string[], switches: readonly string[] = []): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!m) {
      positional.push(arg);
      continue;
    }
    const name = m[1] === "o" ? "output" : m[1];
    if (m[2] !== undefined) flags.set(name, m[2]);
    else if (switches.includes(name)) flags.set(name, "true");
    else if (i + 1 < args.length) flags.set(name, args[++i]);
    else throw new UsageError(`Opsi --${name} perlu nilai. / Option --${name} needs a value.`);
  }
  return { positional, flags };
}

/** Wrong use of a command: shown with the usage line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Opens FILE if it exists (a new sheet goes beside the person's), else starts an empty workbook. */
export async function openOrCreate(path: string): Promise<XlsxFileWorkbook> {
  return existsSync(path) ? XlsxFileWorkbook.fromFile(path) : new XlsxFileWorkbook();
}

export const TEMPLATE_USAGE = "cermat template rencana-aksi|pengukuran|bulanan -o FILE.xlsx [--instansi NAMA] [--tahun 2025] [--kertas A4|F4] [--pemerintah TEKS] [--baris N]";

/**
 * `cermat template ID -o FILE.xlsx`: writes a formatted template as a new sheet. When FILE
 * exists the sheet is added beside the existing ones (a clashing name gets a suffix), so
 * nothing the person wrote is touched.
 */
export async function runTemplate(args: readonly string[], io: CommandIo): Promise<number> {
  try {
    const { positional, flags } = parseFlags(args);
    const id = positional[0];
    if (!id || !isTemplateId(id)) {
      throw new UsageError(`Pilih templat: ${Object.keys(TEMPLATES).join(", ")}. / Choose a template: ${Object.keys(TEMPLATES).join(", ")}.`);
    }
    const output = flags.get("output");
    if (!output) throw new UsageError("Sebutkan file keluaran dengan -o FILE.xlsx. / Give the output file with -o FILE.xlsx.");
    const kertas = (flags.get("kertas") ?? "F4").toUpperCase();
    if (kertas !== "A4" && kertas !== "F4") throw new UsageError(`Kertas "${kertas}" tidak dikenal (A4 atau F4). / Unknown paper "${kertas}" (A4 or F4).`);
    const options: TemplateOptions = {
      instansi: flags.get("instansi") ?? HAND_FILLED,
      tahun: flags.has("tahun") ? Number(flags.get("tahun")) : new Date().getFullYear(),
      kertas,
      pemerintah: flags.get("pemerintah"),
      rows: flags.has("baris") ? Number(flags.get("baris")) : undefined,
    };
    const spec = TEMPLATES[id].build(options);
    const workbook = await openOrCreate(output);
    const name = await workbook.addSheet(spec);
    await workbook.toFile(output);
    io.out(`Templat "${TEMPLATES[id].label.id}" ditulis ke ${output}, sheet "${name}". / Template "${TEMPLATES[id].label.en}" written to ${output}, sheet "${name}".`);
    return EXIT.ok;
  } catch (e) {
    return reportError(e, io, TEMPLATE_USAGE);
  }
}

/** Turns the errors a command expects (wrong arguments, unreadable file, sheet not a plan) into a message and exit code 2, as `check` does; anything else is rethrown. */
export function reportError(e: unknown, io: CommandIo, usage: string): number {
  if (e instanceof UsageError) {
    io.err(e.message);
    io.err(`Pemakaian / Usage: ${usage}`);
    return EXIT.usage;
  }
  if (e instanceof TemplateError || e instanceof WorkbookError || (e instanceof Error && e.name === "WorkflowError")) {
    io.err(e.message);
    return EXIT.usage;
  }
  throw e;
}
