import { analyzeSheet, type SheetAnalysis } from "../../engine/analyze";
import { DEFAULT_SETTINGS, type Grid } from "../../engine/model";
import { preparePengukuranWithReport } from "../../engine/workflow";
import { XlsxFileWorkbook } from "../../xlsx/node-file";
import { EXIT, type CommandIo } from "../command";
import { parseFlags, reportError, UsageError } from "./template";

export const PREPARE_USAGE = "cermat prepare FILE.xlsx -o OUT.xlsx [--sheet RENCANA_AKSI] [--dari PENGUKURAN_LAMA] [--tahun 2025] [--instansi NAMA]";

interface Recognised {
  grid: Grid;
  analysis: SheetAnalysis;
}

function hasRealisasi(analysis: SheetAnalysis): boolean {
  return analysis.tables.some((t) => Object.keys(t.layout.columns).some((role) => role.startsWith("realisasi")));
}

/** Whether a sheet's formulas refer to the plan sheet (a Pengukuran prepared from it). */
function refersTo(grid: Grid, plan: string): boolean {
  const needle = `${plan.toLowerCase()}'!`;
  return grid.rows.some((row) => row?.some((cell) => cell?.formula?.toLowerCase().includes(needle) || cell?.formula?.toLowerCase().includes(`${plan.toLowerCase()}!`)));
}

/**
 * `cermat prepare FILE.xlsx -o OUT.xlsx`: adds a Pengukuran Kinerja sheet whose rows refer to
 * the Rencana Aksi. When an earlier Pengukuran sheet refers to the same plan, its typed
 * realisasi are carried over; rows that no longer match are listed, never dropped silently
 * (the earlier sheet itself stays as it is).
 */
export async function runPrepare(args: readonly string[], io: CommandIo): Promise<number> {
  try {
    const { positional, flags } = parseFlags(args);
    const input = positional[0];
    const output = flags.get("output");
    if (!input || !output) throw new UsageError("Sebutkan file masukan dan -o OUT.xlsx. / Give the input file and -o OUT.xlsx.");
    const workbook = await XlsxFileWorkbook.fromFile(input);
    const sheets: Array<Recognised & { name: string }> = [];
    for (const name of await workbook.sheetNames()) {
      const grid = await workbook.readSheet(name);
      // The column roles the person chose (Kolom view, saved in the file) count here too.
      sheets.push({ name, grid, analysis: analyzeSheet(grid, DEFAULT_SETTINGS, await workbook.columnChoices(name)) });
    }
    const wanted = flags.get("sheet");
    const plan = wanted ? sheets.find((s) => s.name === wanted) : sheets.find((s) => s.analysis.recognized && !hasRealisasi(s.analysis));
    if (!plan) {
      throw new UsageError(
        wanted
          ? `Sheet "${wanted}" tidak ada. / There is no sheet "${wanted}".`
          : "Tidak ada sheet Rencana Aksi yang dikenali; pilih dengan --sheet. / No Rencana Aksi sheet recognised; choose one with --sheet.",
      );
    }
    const from = flags.get("dari");
    const earlier = from ? sheets.find((s) => s.name === from) : sheets.find((s) => s !== plan && s.analysis.recognized && hasRealisasi(s.analysis) && refersTo(s.grid, plan.name));
    if (from && !earlier) throw new UsageError(`Sheet "${from}" tidak ada. / There is no sheet "${from}".`);
    const result = preparePengukuranWithReport(plan.grid, plan.analysis, {
      tahun: flags.has("tahun") ? Number(flags.get("tahun")) : undefined,
      instansi: flags.get("instansi"),
      settings: DEFAULT_SETTINGS,
      existing: earlier ? { grid: earlier.grid, analysis: earlier.analysis } : undefined,
    });
    const name = await workbook.addSheet(result.spec);
    await workbook.toFile(output);
    io.out(`Sheet "${name}" disiapkan dari "${plan.name}" di ${output}. / Sheet "${name}" prepared from "${plan.name}" in ${output}.`);
    if (earlier) io.out(`${result.carried} isian realisasi dibawa dari "${earlier.name}". / ${result.carried} typed realisasi cells carried from "${earlier.name}".`);
    for (const orphan of result.orphans) {
      io.out(`  Tidak cocok dengan Rencana Aksi / No longer in the plan: ${earlier?.name}!${orphan.cell} "${orphan.indikator}" (${orphan.values.join(", ")})`);
    }
    return EXIT.ok;
  } catch (e) {
    return reportError(e, io, PREPARE_USAGE);
  }
}
