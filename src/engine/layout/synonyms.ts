/**
 * The words people write in header cells, as data. Each entry maps phrases to a column role;
 * entries are tried in order, first as the head of the header text (Indonesian puts the head noun
 * first: "Target Sasaran" is a target, "Indikator Sasaran" an indicator, "Sasaran Strategis" a
 * sasaran), then anywhere in it. `exact` phrases must be the whole text ("No", "%", "PJ").
 */
import type { Level, Role } from "../model";

/** Roles a header names by itself (period roles come from a parent plus a period label). */
export type PlainRole = Exclude<Role, `${string}_${"tw" | "b" | "y"}${number}`>;

export interface RoleSynonyms {
  role: PlainRole;
  phrases: readonly string[];
  exact?: readonly string[];
}

export const ROLE_SYNONYMS: readonly RoleSynonyms[] = [
  // Before capaian: "Data Capaian pada Tahun Awal" is where the plan starts, not an achievement to check.
  {
    role: "baseline",
    phrases: ["data capaian pada tahun awal", "data capaian awal", "data capaian", "capaian pada tahun awal", "capaian tahun awal", "kondisi awal", "kondisi kinerja awal", "kondisi kinerja pada awal", "baseline", "base line", "nilai dasar", "tahun dasar"],
  },
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
  { role: "predikat", phrases: ["predikat", "kategori capaian", "kriteria capaian", "kategori", "nilai predikat"], exact: ["kriteria"] },
  { role: "polaritas", phrases: ["polaritas", "polarisasi", "sifat indikator", "arah indikator", "arah kinerja"] },
  { role: "capaian", phrases: ["capaian", "persentase capaian", "% capaian", "tingkat capaian", "pencapaian", "capaian kinerja"], exact: ["%", "persen capaian"] },
  { role: "realisasi", phrases: ["realisasi", "realisasi kinerja", "realisasi fisik"] },
  { role: "target", phrases: ["target", "kriteria keberhasilan", "rencana tingkat capaian", "rencana capaian", "sasaran kinerja tahunan"] },
  {
    role: "indikator",
    phrases: ["indikator", "indikator kinerja", "indikator kinerja utama", "iku", "ukuran keberhasilan", "tolok ukur", "tolak ukur", "indikator output", "indikator outcome", "indikator sasaran"],
    exact: ["ik", "iks", "ikk", "ikp"],
  },
  {
    role: "penanggung_jawab",
    phrases: ["penanggung jawab", "penanggungjawab", "unit kerja", "satuan kerja", "pelaksana", "unit pelaksana", "pejabat penanggung jawab", "pejabat", "pic", "pengampu", "bidang seksi", "pj kegiatan",
      "perangkat daerah penanggung jawab", "opd penanggung jawab", "unit kerja penanggung jawab", "unit kerja perangkat daerah penanggung jawab"],
    exact: ["pj", "bidang", "seksi", "opd"],
  },
  // The period column of a long list (one row per rencana aksi and triwulan); "Triwulan I" is a period label instead.
  { role: "periode", phrases: ["periode pelaporan", "periode triwulan"], exact: ["periode", "triwulan", "tw", "bulan", "periode tw"] },
  { role: "lokasi", phrases: ["lokasi", "lokasi kegiatan"] },
  { role: "satuan", phrases: ["satuan", "satuan target", "unit satuan"], exact: ["sat", "stn"] },
  { role: "sasaran", phrases: ["sasaran", "sasaran strategis", "tujuan", "tujuan sasaran", "sasaran program", "sasaran kegiatan", "ss"] },
  {
    role: "program",
    phrases: ["program", "kegiatan", "sub kegiatan", "urusan", "bidang urusan", "subkegiatan", "uraian", "nama program", "nama kegiatan", "rincian kegiatan", "rencana kegiatan", "rencana aksi kegiatan", "program kegiatan"],
    // The action of a long list; "Rencana Aksi per Triwulan" over periods stays a measure.
    exact: ["rencana aksi", "uraian rencana aksi"],
  },
  {
    role: "anggaran",
    phrases: ["anggaran", "apbd", "pagu", "pagu anggaran", "pagu indikatif", "alokasi anggaran", "jumlah anggaran", "nilai anggaran", "dana", "biaya", "dpa", "anggaran tahunan",
      "pendanaan", "kerangka pendanaan", "alokasi dana", "alokasi pagu", "pagu dpa", "nilai dpa"],
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

/** Words naming funding in a header that also names performance ("Capaian Kinerja dan Kerangka Pendanaan"): its `Rp` children are anggaran. */
export const FUNDING_WORDS: readonly string[] = ["anggaran", "pendanaan", "pagu", "dana", "keuangan", "biaya"];

/** Words that, in a program/kegiatan header, also name the budget in the same column. */
export const BUDGET_IN_NAME_WORDS: readonly string[] = ["anggaran", "pagu", "dana"];

/** What a unit under (or inside) a header says the column holds: kinerja (K), rupiah, or a percentage. */
export type Unit = "kinerja" | "money" | "percent";

/**
 * Unit words. `exact` must be the whole text (a unit row `K | Rp. | %`); `phrases` anywhere in it
 * (`Realisasi (Rp)`, `Anggaran Rp. Juta`, `Capaian (%)`, `Persen`).
 */
export const UNIT_WORDS: ReadonlyArray<{ unit: Unit; phrases: readonly string[]; exact?: readonly string[] }> = [
  { unit: "money", phrases: ["rp", "rupiah", "rp juta", "rp ribu", "rp 000"], exact: ["juta", "ribu", "ribuan", "miliar", "milyar", "jt", "rb"] },
  { unit: "percent", phrases: ["%", "persen", "persentase"] },
  { unit: "kinerja", phrases: [], exact: ["k", "kin", "kinerja", "vol", "volume", "fisik k"] },
];

/** How the units of a pair header's children map to roles. */
export interface PairRoles {
  kinerja: Role;
  money: Role;
  percent?: Role;
}

/**
 * Headers over a K | Rp pair (the Permendagri 86/2017 form, Renstra matrices). Each entry's `all`
 * phrases must all occur in the header; the first entry that fits decides, so the specific ones
 * come first ("… Renstra s.d. Renja tahun lalu" before "… Renstra").
 */
export const PAIR_HEADERS: ReadonlyArray<{ all: readonly string[]; roles: PairRoles }> = [
  { all: ["realisasi", "tahun lalu"], roles: { kinerja: "realisasi_lalu", money: "realisasi_anggaran_lalu" } },
  { all: ["realisasi", "renja", "dievaluasi"], roles: { kinerja: "realisasi", money: "realisasi_anggaran", percent: "capaian" } },
  { all: ["tingkat capaian", "renstra"], roles: { kinerja: "capaian_renstra", money: "serapan_renstra", percent: "capaian_renstra" } },
  { all: ["realisasi", "renstra"], roles: { kinerja: "realisasi_renstra", money: "realisasi_anggaran_renstra" } },
  { all: ["target", "renja"], roles: { kinerja: "target", money: "anggaran" } },
  { all: ["target", "renstra"], roles: { kinerja: "target_renstra", money: "anggaran_renstra" } },
  { all: ["capaian", "renstra"], roles: { kinerja: "target_renstra", money: "anggaran_renstra" } },
  // Renstra matrix: the end-of-period target and the Rp total of all years.
  { all: ["kondisi", "akhir"], roles: { kinerja: "target", money: "anggaran" } },
];

/** Words that make a budget header a running total: "s.d. Triwulan II", "s/d TW III", "Kumulatif". */
export const CUMULATIVE_WORDS: readonly string[] = ["s d", "sd", "sampai dengan", "kumulatif", "akumulasi"];
