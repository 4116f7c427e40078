import type { FillWords, OutputFailure, OutputWords, PrepareWords, TemplateWords } from "./tool-words";

const OUTPUT_FAILURES: Record<OutputFailure, string> = {
  "missing-folder": "foldernya tidak ada. Buat foldernya dulu atau pilih folder lain",
  "not-a-folder": "bagian jalurnya adalah file, bukan folder. Periksa jalurnya",
  "read-only": "folder atau filenya tidak boleh ditulis (hanya-baca, atau file sedang dibuka di Excel). Tutup filenya atau pilih folder lain",
  "is-directory": "itu sebuah folder. Sebutkan nama file .xlsx di dalamnya",
  busy: "file sedang dipakai program lain. Tutup file itu lalu coba lagi",
  "disk-full": "disk penuh. Kosongkan ruang lalu coba lagi",
  io: "terjadi kesalahan saat menulis ke disk. Coba lagi atau pilih folder lain",
};

export const OUTPUT_ID: OutputWords = {
  missingInput: "Sebutkan file .xlsx masukan.",
  extraArguments: (extra) => `Argumen berlebih: ${extra}.`,
  missingOutput: "Sebutkan file keluaran dengan -o OUT.xlsx.",
  sameAsInput: (path) =>
    `File keluaran -o sama dengan file masukan (${path}); Cermat tidak menimpa file asli. Pilih nama lain, atau tambahkan --in-place untuk menimpanya (salinan aslinya disimpan dulu sebagai "… (sebelum Cermat).xlsx").`,
  exists: (path) =>
    `File ${path} sudah ada. Tambahkan --in-place untuk menambahkan templat ke file itu (salinan aslinya disimpan dulu sebagai "… (sebelum Cermat).xlsx"), atau pilih nama lain.`,
  failed: (path, reason) => `Tidak dapat menulis ${path}: ${OUTPUT_FAILURES[reason]}. Tidak ada yang diubah.`,
  copyKept: (path) => `Salinan file asli disimpan sebagai ${path}.`,
};

export const FILL_ID: FillWords = {
  help: [
    "Pemakaian: cermat fill FILE.xlsx -o OUT.xlsx [--sheet NAMA] [--yes] [--in-place] [--json] [--lang id|en]",
    "",
    "Mengisi sel capaian (dan predikat, serapan, realisasi anggaran induk) yang kosong di setiap",
    "sheet Pengukuran Kinerja yang dikenali. Sel yang sudah berisi nilai lain didaftar, tidak diubah.",
    "",
    "Opsi:",
    "  -o, --output OUT  file hasil (.xlsx)",
    "  --sheet NAMA      isi satu sheet saja",
    "  --yes             ganti juga sel yang berisi nilai lain",
    "  --in-place        boleh menimpa file masukan (-o sama dengan FILE); salinannya disimpan dulu",
    "  --json            keluaran satu dokumen JSON",
    "  --lang id|en      bahasa pesan (bawaan: id)",
  ].join("\n"),
  filled: (sheet, cells) => `${sheet}: ${cells} sel diisi.`,
  conflict: (sheet, cell, current, proposed, replaced) => `  ${sheet}!${cell}: "${current}" → "${proposed}" (${replaced ? "diganti" : "tidak diubah"})`,
  written: (cells, output) => `${cells} sel ditulis ke ${output}.`,
  pending: (cells) => `${cells} sel sudah berisi nilai lain dan tidak diubah; jalankan lagi dengan --yes untuk menimpanya.`,
};

export const PREPARE_ID: PrepareWords = {
  help: [
    "Pemakaian: cermat prepare FILE.xlsx -o OUT.xlsx [--sheet RENCANA_AKSI] [--dari PENGUKURAN_LAMA] [--tahun 2025] [--instansi NAMA] [--in-place] [--json] [--lang id|en]",
    "",
    "Menambahkan sheet Pengukuran Kinerja yang barisnya merujuk ke Rencana Aksi. Realisasi yang",
    "sudah diketik di Pengukuran sebelumnya dibawa; baris yang tidak cocok lagi didaftar.",
    "",
    "Opsi:",
    "  -o, --output OUT  file hasil (.xlsx)",
    "  --sheet NAMA      sheet Rencana Aksi (bawaan: yang pertama dikenali)",
    "  --dari NAMA       sheet Pengukuran lama yang realisasinya dibawa",
    "  --tahun TAHUN     tahun (bawaan: dari kop Rencana Aksi)",
    "  --instansi NAMA   nama instansi di kop",
    "  --in-place        boleh menimpa file masukan (-o sama dengan FILE); salinannya disimpan dulu",
    "  --json            keluaran satu dokumen JSON",
    "  --lang id|en      bahasa pesan (bawaan: id)",
  ].join("\n"),
  noPlan: "Tidak ada sheet Rencana Aksi yang dikenali; pilih dengan --sheet.",
  notAPlan: (sheet) => `Sheet "${sheet}" tidak dikenali sebagai Rencana Aksi; pilih sheet lain dengan --sheet.`,
  tahunUnknown: "Tahun tidak ditemukan di kop Rencana Aksi; sebutkan dengan --tahun 2025.",
  prepared: (sheet, plan, output) => `Sheet "${sheet}" disiapkan dari "${plan}" di ${output}.`,
  carried: (cells, from) => `${cells} isian realisasi dibawa dari "${from}".`,
  orphan: (cell, indikator, values) => `  Tidak cocok lagi dengan Rencana Aksi: ${cell} "${indikator}" (${values.join(", ")})`,
};

export const TEMPLATE_ID: TemplateWords = {
  help: [
    "Pemakaian: cermat template rencana-aksi|pengukuran|bulanan -o FILE.xlsx [--instansi NAMA] [--tahun 2025] [--kertas A4|F4] [--pemerintah TEKS] [--baris N] [--in-place] [--json] [--lang id|en]",
    "",
    "Menulis templat berformat sebagai sheet baru. File yang sudah ada hanya diubah dengan",
    "--in-place (sheet ditambahkan di samping sheet yang ada; salinan aslinya disimpan dulu).",
    "",
    "Opsi:",
    "  -o, --output FILE  file hasil (.xlsx)",
    "  --instansi NAMA    nama instansi di kop",
    "  --tahun TAHUN      tahun (bawaan: tahun ini)",
    "  --kertas A4|F4     ukuran kertas (bawaan: F4)",
    "  --pemerintah TEKS  baris pertama kop, mis. \"PEMERINTAH KABUPATEN LOMBOK TENGAH\"",
    "  --baris N          baris sub kegiatan per kegiatan",
    "  --in-place         tambahkan ke FILE yang sudah ada",
    "  --json             keluaran satu dokumen JSON",
    "  --lang id|en       bahasa pesan (bawaan: id)",
  ].join("\n"),
  chooseTemplate: (ids) => `Pilih templat: ${ids.join(", ")}.`,
  badPaper: (value) => `Kertas "${value}" tidak dikenal; pilih A4 atau F4.`,
  badOption: (code, option, value) => {
    switch (code) {
      case "INSTANSI_EMPTY":
        return `Opsi ${option}: nama instansi tidak boleh kosong.`;
      case "TAHUN_INVALID":
        return `Opsi ${option}: "${value}" bukan tahun yang sah (2000–2100).`;
      default:
        return `Opsi ${option}: "${value}" harus bilangan bulat 1–200.`;
    }
  },
  written: (label, output, sheet) => `Templat "${label}" ditulis ke ${output}, sheet "${sheet}".`,
};
