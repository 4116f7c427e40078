import { existsSync } from "node:fs";
import { HAND_FILLED, TEMPLATES, TemplateError, isTemplateId, type TemplateOptions } from "../../engine/templates";
import type { CliWords } from "../../i18n/cli";
import { XlsxFileWorkbook } from "../../xlsx/node-file";
import { CliError } from "../cli-error";
import { EXIT, type CommandIo } from "../command";
import { guarded, printHelp } from "../guard";
import { openInput } from "../input";
import { parseOptions } from "../options";
import { checkWritable, saveWorkbook, type OutputTarget } from "../safe-write";
import { OUTPUT_OPTIONS, reportDone, requireOutput } from "./output-options";

/** What `cermat template --json` prints when the template was written. */
export interface TemplateReport {
  template: string;
  output: string;
  copy?: string;
  sheet: string;
}

/**
 * `cermat template ID -o FILE.xlsx`: writes a formatted template as a new sheet. An existing
 * FILE is changed only with --in-place: the sheet goes beside the existing ones (a clashing
 * name gets a suffix) after a copy of the original is kept.
 */
export async function runTemplate(args: readonly string[], io: CommandIo): Promise<number> {
  return guarded(args, io, async (ctx) => {
    const spec = {
      ...OUTPUT_OPTIONS,
      instansi: { type: "string" },
      tahun: { type: "string" },
      kertas: { type: "string" },
      pemerintah: { type: "string" },
      baris: { type: "string" },
    } as const;
    const options = parseOptions(args, spec, "template", ctx.words);
    if (options.help) return printHelp(io, args, (words) => words.template.help);
    const [id, ...extra] = options.positionals;
    const ids = Object.keys(TEMPLATES);
    if (id === undefined || !isTemplateId(id)) throw new CliError("BAD_OPTION", `${ctx.words.template.chooseTemplate(ids)} ${ctx.words.seeHelp("template")}`);
    if (extra.length > 0) throw new CliError("BAD_OPTION", ctx.words.output.extraArguments(extra.join(" ")));
    const output = requireOutput(options, "template", ctx.words);
    const kertas = (options.text("kertas") ?? "F4").toUpperCase();
    if (kertas !== "A4" && kertas !== "F4") throw new CliError("BAD_OPTION", ctx.words.template.badPaper(options.text("kertas") ?? ""));
    const templateOptions: TemplateOptions = {
      instansi: options.text("instansi") ?? HAND_FILLED,
      tahun: yearOption(options.text("tahun"), ctx.words) ?? new Date().getFullYear(),
      kertas,
      pemerintah: options.text("pemerintah"),
      rows: countOption("--baris", options.text("baris"), ctx.words),
    };
    const sheetSpec = buildTemplate(() => TEMPLATES[id].build(templateOptions), { instansi: "--instansi", tahun: "--tahun", rows: "--baris" }, templateOptions, ctx.words);
    const target = await templateTarget(output, options.flag("in-place"), ctx.words);
    const workbook = target.keepCopyOf === undefined ? XlsxFileWorkbook.blank() : await openInput(output, ctx);
    const sheet = await workbook.addSheet(sheetSpec);
    const report: TemplateReport = { template: id, output, sheet };
    const copy = await saveWorkbook(workbook, target);
    if (copy !== undefined) report.copy = copy;
    reportDone(io, ctx, report, [ctx.words.template.written(TEMPLATES[id].label[ctx.lang], output, sheet)]);
    return EXIT.ok;
  });
}

/** A new file is simply written; an existing one only with --in-place, and then copied first. */
async function templateTarget(output: string, inPlace: boolean, words: CliWords): Promise<OutputTarget> {
  await checkWritable(output);
  if (!existsSync(output)) return { path: output };
  if (!inPlace) throw new CliError("OUTPUT_EXISTS", words.output.exists(output));
  return { path: output, keepCopyOf: output };
}

/** `--tahun 2025`: a whole year from 2000 to 2100, or absent. */
export function yearOption(value: string | undefined, words: CliWords): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || year < 2000 || year > 2100) throw new CliError("BAD_OPTION", words.template.badOption("TAHUN_INVALID", "--tahun", value));
  return year;
}

function countOption(option: string, value: string | undefined, words: CliWords): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new CliError("BAD_OPTION", words.template.badOption("ROWS_INVALID", option, value));
  return Number(value);
}

/**
 * Runs a template builder; the options it refuses (TemplateError, by field) are said in the
 * person's words, naming the command-line option.
 */
export function buildTemplate<T>(build: () => T, optionOf: Partial<Record<keyof TemplateOptions, string>>, given: Partial<TemplateOptions>, words: CliWords): T {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    throw new CliError("BAD_OPTION", words.template.badOption(e.code, optionOf[e.field] ?? e.field, String(given[e.field] ?? "")));
  }
}
