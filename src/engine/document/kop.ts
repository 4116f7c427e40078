/**
 * The kop: the lines above a document's header that name the government, the agency (OPD) and
 * the year ("PEMERINTAH KABUPATEN BONE", "DINAS KOPERASI …", "RENCANA AKSI TAHUN 2024"). Prepared
 * sheets repeat it, and reviewers' rekap lists each file by its OPD.
 */
import type { Grid } from "../model";

export interface Kop {
  pemerintah?: string;
  /** The agency (OPD) as the kop names it, without the year. */
  instansi?: string;
  tahun?: number;
  /** The line that names the document ("RENCANA AKSI …", "EVALUASI TERHADAP HASIL RENJA …"), when one does. */
  judul?: string;
}

const TITLE_WORDS = /\b(rencana aksi|renaksi|pengukuran kinerja|perjanjian kinerja|evaluasi|rencana strategis|renstra|rencana kerja|renja|capaian kinerja)\b/i;

const AGENCY_WORDS = /\b(dinas|badan|inspektorat|sekretariat|kantor|satuan polisi|rumah sakit|rsud|kecamatan|kelurahan|bappeda|bapelitbangda|bkpsdm|bpkad|bpbd|puskesmas|dprd)\b/i;

/**
 * "PEMERINTAH KABUPATEN LOMBOK TENGAH" from a kop that names the region only after the agency
 * ("DINAS KOPERASI KABUPATEN LOMBOK TENGAH"); not from the generic "KABUPATEN/KOTA".
 */
function regionOf(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = /\b(kabupaten|kota|provinsi)\s+(?!\/)([^,;()]+?)\s*(?:tahun\s+\d{4}.*)?$/i.exec(line);
    if (m && !/^\/|^kota\b/i.test(m[2]) && m[2].trim() !== "") return `PEMERINTAH ${m[1]} ${m[2].trim()}`.toUpperCase();
  }
  return undefined;
}

/** The kop's text lines: the first text of each row above `headerTop`, spaces folded. */
export function kopLines(grid: Grid, headerTop: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < headerTop; r++) {
    const text = (grid.rows[r] ?? []).map((c) => (typeof c?.value === "string" ? c.value.trim() : "")).find((t) => t !== "");
    if (text) lines.push(text.replace(/\s+/g, " "));
  }
  return lines;
}

/** Government, agency and year from the kop lines above a table's header. */
export function readKop(grid: Grid, headerTop: number): Kop {
  const lines = kopLines(grid, headerTop);
  const result: Kop = {};
  const pemerintah = lines.find((l) => /^pemerintah\b/i.test(l)) ?? regionOf(lines);
  if (pemerintah) result.pemerintah = pemerintah;
  for (const line of lines) {
    const m = AGENCY_WORDS.exec(line);
    if (m && !/^pemerintah\b/i.test(line)) {
      result.instansi = line.slice(m.index).replace(/\s*tahun\s+\d{4}.*$/i, "").trim();
      break;
    }
  }
  const judul = lines.find((l) => TITLE_WORDS.test(l));
  if (judul) result.judul = judul;
  const years = lines.join(" ").match(/\b(19|20)\d{2}\b/g);
  if (years) result.tahun = Number(years[years.length - 1]);
  return result;
}
