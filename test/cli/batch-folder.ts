/**
 * A reviewer's folder as it arrives from the perangkat daerah: good and wrong workbooks, one
 * truncated in the download, a .csv someone renamed to .xlsx, a workbook that is not a SAKIP
 * document, Excel's lock file of a workbook still open, a subfolder, and files that are not workbooks.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURES = join(__dirname, "..", "fixtures");

export interface ReviewFolder {
  dir: string;
  /** Paths relative to `dir` of the workbooks a check of the folder (without -r) takes, sorted. */
  topLevel: string[];
  /** The workbook in the subfolder, taken only with -r. */
  nested: string;
}

export function reviewFolder(): ReviewFolder {
  const dir = mkdtempSync(join(tmpdir(), "cermat-rekap-"));
  const copy = (fixture: string, as: string) => copyFileSync(join(FIXTURES, fixture), join(dir, as));
  copy("lombok-tengah-clean.xlsx", "01 Dinas Koperasi Lombok Tengah.xlsx");
  copy("nganjuk.xlsx", "02 Dinas Koperasi Nganjuk.xlsx");
  copy("not-rencana-aksi.xlsx", "03 Daftar harga ATK.xlsx");
  writeFileSync(join(dir, "04 Rencana Aksi (terpotong).xlsx"), readFileSync(join(FIXTURES, "bone.xlsx")).subarray(0, 4000));
  writeFileSync(join(dir, "05 Rencana Aksi csv.xlsx"), "No;Indikator;Target\n1;Jumlah koperasi;30\n");
  copy("nganjuk.xlsx", "~$02 Dinas Koperasi Nganjuk.xlsx");
  writeFileSync(join(dir, "catatan.txt"), "bukan buku kerja");
  mkdirSync(join(dir, "Triwulan II"));
  copy("buleleng.xlsx", join("Triwulan II", "Disperindag Buleleng.xlsx"));
  return {
    dir,
    topLevel: ["01 Dinas Koperasi Lombok Tengah.xlsx", "02 Dinas Koperasi Nganjuk.xlsx", "03 Daftar harga ATK.xlsx", "04 Rencana Aksi (terpotong).xlsx", "05 Rencana Aksi csv.xlsx"],
    nested: join("Triwulan II", "Disperindag Buleleng.xlsx"),
  };
}
