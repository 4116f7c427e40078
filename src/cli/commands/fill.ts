import { analyzeSheet } from "../../engine/analyze";
import { DEFAULT_SETTINGS, type CellWrite } from "../../engine/model";
import { planCapaianFill, type FillConflict } from "../../engine/workflow";
import { EXIT, type CommandIo } from "../command";
import { parseFlags, reportError, UsageError } from "./template";
import { XlsxFileWorkbook } from "../../xlsx/node-file";

export const FILL_USAGE = "cermat fill FILE.xlsx -o OUT.xlsx [--sheet NAMA] [--yes]";

/**
 * `cermat fill FILE.xlsx -o OUT.xlsx`: fills the empty capaian (and predikat, serapan, parent
 * realisasi anggaran) cells of every recognised Pengukuran sheet. Cells that already hold
 * something different are listed; they are written only with --yes.
 */
export async function runFill(args: readonly string[], io: CommandIo): Promise<number> {
  try {
    const { positional, flags } = parseFlags(args, ["yes"]);
    const input = positional[0];
    const output = flags.get("output");
    if (!input || !output) throw new UsageError("Sebutkan file masukan dan -o OUT.xlsx. / Give the input file and -o OUT.xlsx.");
    const accept = flags.get("yes") === "true";
    const workbook = await XlsxFileWorkbook.fromFile(input);
    const sheets = flags.has("sheet") ? [flags.get("sheet") as string] : await workbook.sheetNames();
    let written = 0;
    let pending = 0;
    for (const sheet of sheets) {
      const grid = await workbook.readSheet(sheet);
      // The column roles the person chose (Kolom view, saved in the file) count here too.
      const analysis = analyzeSheet(grid, DEFAULT_SETTINGS, await workbook.columnChoices(sheet));
      if (!analysis.recognized) continue;
      const plan = planCapaianFill(grid, analysis, DEFAULT_SETTINGS);
      const writes: CellWrite[] = [...plan.writes, ...(accept ? plan.conflicts.map((c) => c.write) : [])];
      if (writes.length > 0) await workbook.writeCells(sheet, writes);
      written += writes.length;
      if (plan.writes.length > 0) io.out(`${sheet}: ${plan.writes.length} sel diisi. / ${plan.writes.length} cells filled.`);
      for (const conflict of plan.conflicts) io.out(describeConflict(sheet, conflict, accept));
      if (!accept) pending += plan.conflicts.length;
    }
    await workbook.toFile(output);
    io.out(`${written} sel ditulis ke ${output}. / ${written} cells written to ${output}.`);
    if (pending > 0) {
      io.out(`${pending} sel sudah berisi nilai lain dan tidak diubah; jalankan lagi dengan --yes untuk menimpanya. / ${pending} cells already hold something else and were left as they are; run again with --yes to replace them.`);
    }
    return EXIT.ok;
  } catch (e) {
    return reportError(e, io, FILL_USAGE);
  }
}

function describeConflict(sheet: string, c: FillConflict, accepted: boolean): string {
  const verb = accepted ? "diganti / replaced" : "tidak diubah / kept";
  return `  ${sheet}!${c.cell}: "${c.current}" → "${c.proposed}" (${verb})`;
}
