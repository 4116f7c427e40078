/** Words the templates print and offer in drop-downs (document content, not UI messages). */

/** Units staff pick most; the list warns but still accepts another unit. */
export const SATUAN_LIST = [
  "Persen",
  "Dokumen",
  "Laporan",
  "Orang",
  "Unit",
  "Unit Usaha",
  "Kegiatan",
  "Paket",
  "Bulan",
  "Koperasi",
  "Indeks",
  "Nilai",
  "Predikat",
] as const;

export const POLARITAS_LIST = ["Positif", "Negatif"] as const;

export const TRIWULAN = ["I", "II", "III", "IV"] as const;

/** Month headers of the monthly template, as Indonesian documents abbreviate them. */
export const BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;
