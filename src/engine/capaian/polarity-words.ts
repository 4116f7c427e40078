/**
 * The words that tell an indikator's polarity, as data: adding a phrase seen in a real document is
 * a line here. Matched at a word start, lower case, spaces flexible.
 */

/**
 * Quantities that are bad when they grow. Matched as phrases in the indikator text.
 * Kept as data: a new one is a line here.
 */
export const NEGATIVE_PHRASES: readonly string[] = [
  "angka kemiskinan",
  "penduduk miskin",
  "tingkat kemiskinan",
  "persentase kemiskinan",
  "pengangguran",
  "jumlah temuan",
  "temuan audit",
  "temuan pemeriksaan",
  "temuan bpk",
  "koefisien variasi",
  "angka kematian",
  "kematian ibu",
  "kematian bayi",
  "prevalensi",
  "stunting",
  "gizi buruk",
  "inflasi",
  "indeks gini",
  "rasio gini",
  "angka kesakitan",
  "jumlah kasus",
  "angka kecelakaan",
  "jumlah kecelakaan",
  "pelanggaran",
  "kredit macet",
  "tunggakan",
  "rumah tidak layak huni",
  "kawasan kumuh",
  "luas kumuh",
  "lahan kritis",
  "waktu tunggu",
  "angka putus sekolah",
  "jumlah pengaduan",
  "jumlah keluhan",
  "sengketa",
  "kedalaman kemiskinan",
  "keparahan kemiskinan",
  "kriminalitas",
  "angka kasus",
  "kasus baru",
  "kejadian kebakaran",
  "gizi kurang",
  "ketimpangan",
  // Time taken: the less, the better (PermenPAN-RB 8/2021's own example of "kondisi khusus").
  "waktu penyelesaian",
  "waktu pelayanan",
  "waktu tanggap",
  "rata-rata waktu",
  "genangan",
  "rusak",
  "buta aksara",
  "kehilangan air",
  "rumah tangga miskin",
  "desa tertinggal",
];

/**
 * Words that turn a bad quantity into a good one: a *decrease* of poverty, complaints that were
 * *handled*. "Persentase penurunan angka kemiskinan" is higher-is-better.
 */
export const POSITIVE_FRAMING: readonly string[] = [
  "penurunan",
  "menurunnya",
  "berkurangnya",
  "pengurangan",
  "ditindaklanjuti",
  "tindak lanjut",
  "tertangani",
  "ditangani",
  "diselesaikan",
  "terselesaikan",
  "penanganan",
  "pencegahan",
  "penanggulangan",
  "turunnya",
  "terkendali",
  "bebas",
  // Finding, treating and acting on cases is work done: "Jumlah kasus TBC yang ditemukan dan
  // diobati", "Cakupan penemuan kasus baru kusta", "Jumlah pelanggaran Perda yang ditindak".
  "ditemukan",
  "penemuan",
  "diobati",
  "ditindak",
  "penindakan",
  "diperbaiki",
];
