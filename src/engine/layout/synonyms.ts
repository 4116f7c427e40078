/**
 * The words people write in header cells, as data. Each entry maps phrases to a column role;
 * entries are tried in order, first as the head of the header text (Indonesian puts the head noun
 * first: "Target Sasaran" is a target, "Indikator Sasaran" an indicator, "Sasaran Strategis" a
 * sasaran), then anywhere in it. `exact` phrases must be the whole text ("No", "%", "PJ").
 */
import type { Level, Role } from "../model";

/** Roles a header names by itself (period roles come from a parent plus a period label). */
export type PlainRole = Exclude<Role, `${string}_${"tw" | "b"}${number}`>;

export interface RoleSynonyms {
  role: PlainRole;
  phrases: readonly string[];
  exact?: readonly string[];
}

export const ROLE_SYNONYMS: readonly RoleSynonyms[] = [
  { role: "no", phrases: ["no urut", "nomor urut"], exact: ["no", "nomor", "nmr", "no urt"] },
  { role: "kode", phrases: ["kode rekening", "kode program", "kode kegiatan", "kode", "kd rek", "kd", "nomor rekening", "no rekening", "rekening"] },
  {
    role: "serapan",
    phrases: ["persentase serapan", "% serapan", "capaian keuangan", "capaian realisasi anggaran", "capaian anggaran", "persentase realisasi anggaran", "% realisasi anggaran", "tingkat serapan",
      // A percent sign makes it the ratio, not the amount: "Serapan (%)", "Realisasi Anggaran (%)".
      "serapan %", "serapan anggaran %", "realisasi anggaran %", "realisasi keuangan %"],
  },
  {
    role: "realisasi_anggaran",
    phrases: ["realisasi anggaran", "realisasi keuangan", "realisasi belanja", "realisasi dana", "realisasi pagu", "serapan anggaran", "serapan dana", "serapan"],
  },
  { role: "predikat", phrases: ["predikat", "kategori capaian", "kriteria capaian", "kategori", "nilai predikat"] },
  { role: "polaritas", phrases: ["polaritas", "polarisasi", "sifat indikator", "arah indikator", "arah kinerja"] },
  { role: "capaian", phrases: ["capaian", "persentase capaian", "% capaian", "tingkat capaian", "pencapaian", "capaian kinerja"], exact: ["%", "persen capaian"] },
  { role: "realisasi", phrases: ["realisasi", "realisasi kinerja", "realisasi fisik", "capaian realisasi"] },
  { role: "target", phrases: ["target", "kriteria keberhasilan", "rencana tingkat capaian", "rencana capaian", "sasaran kinerja tahunan"] },
  {
    role: "indikator",
    phrases: ["indikator", "indikator kinerja", "indikator kinerja utama", "iku", "ukuran keberhasilan", "tolok ukur", "tolak ukur", "indikator output", "indikator outcome", "indikator sasaran"],
    exact: ["ik", "iks", "ikk", "ikp"],
  },
  {
    role: "penanggung_jawab",
    phrases: ["penanggung jawab", "penanggungjawab", "unit kerja", "satuan kerja", "pelaksana", "unit pelaksana", "pejabat penanggung jawab", "pic", "pengampu", "bidang seksi", "pj kegiatan"],
    exact: ["pj", "bidang", "seksi", "opd"],
  },
  { role: "satuan", phrases: ["satuan", "satuan target", "unit satuan"], exact: ["sat", "stn"] },
  { role: "sasaran", phrases: ["sasaran", "sasaran strategis", "tujuan", "tujuan sasaran", "sasaran program", "sasaran kegiatan", "ss"] },
  {
    role: "program",
    phrases: ["program", "kegiatan", "sub kegiatan", "subkegiatan", "uraian", "nama program", "nama kegiatan", "rincian kegiatan", "rencana kegiatan", "rencana aksi kegiatan", "program kegiatan"],
  },
  {
    role: "anggaran",
    phrases: ["anggaran", "apbd", "pagu", "pagu anggaran", "pagu indikatif", "alokasi anggaran", "jumlah anggaran", "nilai anggaran", "dana", "biaya", "dpa", "anggaran tahunan"],
    exact: ["rp", "rupiah", "jumlah rp"],
  },
  { role: "keterangan", phrases: ["keterangan", "catatan"], exact: ["ket", "ket."] },
];

/** Parent words over period labels, and what they make of the periods below them. */
export type Measure = "target" | "realisasi" | "capaian" | "anggaran" | "realisasi_anggaran" | "ignore" | "ambiguous";

/** Ordered: the first measure whose phrase occurs in a parent text decides. */
export const MEASURE_WORDS: ReadonlyArray<{ measure: Measure; phrases: readonly string[]; exact?: readonly string[] }> = [
  // A schedule of implementation is not a target the engine checks (Nganjuk "Target pelaksanaan").
  { measure: "ignore", phrases: ["pelaksanaan", "jadwal", "waktu pelaksanaan", "kurva s", "fisik"] },
  { measure: "realisasi_anggaran", phrases: ["realisasi anggaran", "realisasi keuangan", "realisasi belanja", "serapan"] },
  { measure: "capaian", phrases: ["capaian", "persentase capaian"], exact: ["%"] },
  { measure: "realisasi", phrases: ["realisasi"] },
  { measure: "anggaran", phrases: ["anggaran", "apbd", "pagu", "keuangan", "dana", "biaya"], exact: ["rp"] },
  { measure: "target", phrases: ["target", "kriteria keberhasilan"] },
  // The same words head the targets and the budget (Lombok Tengah): position decides.
  { measure: "ambiguous", phrases: ["rencana aksi", "triwulan", "tw", "bulanan", "per bulan", "per triwulan"] },
  { measure: "target", phrases: ["rencana"] },
];

export const MONTH_NAMES: readonly (readonly string[])[] = [
  ["januari", "jan"],
  ["februari", "pebruari", "feb", "peb"],
  ["maret", "mar"],
  ["april", "apr"],
  ["mei"],
  ["juni", "jun"],
  ["juli", "jul"],
  ["agustus", "agu", "agt", "ags"],
  ["september", "sep", "sept"],
  ["oktober", "okt"],
  ["november", "nov", "nop", "nopember"],
  ["desember", "des"],
];

/** Words in a parent that make bare numbers 1–12 below it months. */
export const MONTHLY_WORDS: readonly string[] = ["bulanan", "bulan", "bln", "per bulan"];

/** Words in a parent that make bare numbers 1–4 below it quarters. */
export const QUARTERLY_WORDS: readonly string[] = ["triwulan", "tw", "per triwulan", "kuartal"];

/** Header words that scale a budget column, e.g. `Rp. (juta)`, `(Rp. 000)`. */
export const SCALE_WORDS: ReadonlyArray<{ phrases: readonly string[]; factor: number }> = [
  { phrases: ["miliar", "milyar", "rp m"], factor: 1e9 },
  { phrases: ["juta", "jt", "rp jt", "000 000"], factor: 1e6 },
  { phrases: ["ribu", "ribuan", "rb", "rp 000", "000"], factor: 1e3 },
];

/** Header words naming the level of a block of columns (Bone: "PROGRAM & ANGGARAN", "KEGIATAN & ANGGARAN"). */
export const LEVEL_WORDS: ReadonlyArray<{ level: Level; phrases: readonly string[] }> = [
  { level: "subkegiatan", phrases: ["sub kegiatan", "subkegiatan"] },
  { level: "kegiatan", phrases: ["kegiatan"] },
  { level: "program", phrases: ["program"] },
  { level: "sasaran", phrases: ["sasaran", "tujuan"] },
];

/** Words that, in a program/kegiatan header, also name the budget in the same column. */
export const BUDGET_IN_NAME_WORDS: readonly string[] = ["anggaran", "pagu", "dana"];
