import { clock } from "../format";
import { CHECK_NAMES } from "../check-names";
import { periodRolePattern, plainRoleNames } from "./role-names";
import { FILL_ID, OUTPUT_ID, PREPARE_ID, TEMPLATE_ID } from "./tools-id";
import type { CliWords } from "./words";

const KIND: Record<string, string> = {
  "wide-quarterly": "per triwulan, satu kolom per TW",
  "wide-monthly": "per bulan, satu kolom per bulan",
  long: "per triwulan, satu baris per TW",
  annual: "tahunan, tanpa periode",
};

/** Kata-kata baris perintah dalam Bahasa Indonesia. */
export const CLI_ID: CliWords = {
  programHelp: (commands) =>
    [
      "Cermat: pemeriksa Rencana Aksi dan Pengukuran Kinerja SAKIP",
      "",
      "Pemakaian: cermat PERINTAH [opsi]",
      "",
      "Perintah:",
      ...commands.map((c) => `  ${c.name.padEnd(10)}${c.summary}`),
      "",
      "Bantuan satu perintah: cermat PERINTAH --help   (English: --lang en)",
    ].join("\n"),
  checkHelp: [
    "Pemakaian: cermat check FILE.xlsx [--sheet NAMA] [--columns \"E=periode,F=none\"] [--json] [--lang id|en]",
    "           cermat check FOLDER|FILE... [-r] [--report rekap.xlsx] [--html rekap.html] [--json]",
    "",
    "Memeriksa setiap sheet (atau satu sheet) sebuah file .xlsx: mengenali kolom Rencana Aksi /",
    "Pengukuran Kinerja, lalu memeriksa anggaran, target, capaian dan isian setiap baris.",
    "Dengan beberapa file atau sebuah folder, semuanya diperiksa (paralel) dan rekapnya dicetak:",
    "satu baris per file dan sheet; file yang tidak dapat dibaca dicantumkan beserta alasannya.",
    "",
    "Opsi:",
    "  --sheet NAMA    periksa satu sheet saja (satu file)",
    "  --columns DAFTAR  peran kolom pilihan Anda, mis. \"E=periode,F=target_periode,Q=none\",",
    "                  di atas pilihan yang tersimpan di file (panel Kolom; satu file)",
    "  -r, --recursive termasuk file di subfolder",
    "  --report FILE   tulis rekap sebagai buku kerja (sheet Rekap dan Temuan)",
    "  --html FILE     tulis rekap sebagai satu halaman web (tanpa internet, dapat dicetak)",
    "  --json          keluaran satu dokumen JSON (untuk program lain)",
    "  --lang id|en    bahasa pesan (bawaan: id)",
    "  -h, --help      bantuan ini",
    "",
    "Kode keluar: 0 tidak ada kesalahan, 1 ada kesalahan (atau, untuk beberapa file, ada file yang",
    "tidak terbaca), 2 file tidak terbaca atau opsi salah, 3 kesalahan di dalam Cermat sendiri.",
    "Beberapa file diperiksa satu pekerja per inti prosesor; CERMAT_WORKERS=1 memeriksanya satu per satu.",
    "File yang tidak selesai dalam 300 detik dihentikan dan dilaporkan (CERMAT_FILE_TIMEOUT=detik untuk mengubahnya).",
  ].join("\n"),
  summaries: {
    check: "periksa file .xlsx (atau satu folder) dan laporkan temuan",
    template: "buat templat Rencana Aksi / Pengukuran Kinerja",
    fill: "isi kolom capaian yang kosong",
    prepare: "siapkan sheet Pengukuran Kinerja dari Rencana Aksi",
  },
  unknownCommand: (name) => `Perintah "${name}" tidak dikenal.`,
  missingCommand: (names) => `Sebutkan perintahnya: ${names.join(", ")}.`,
  seeHelp: (command) => `Lihat: cermat ${command ? `${command} ` : ""}--help`,
  missingFile: "Sebutkan file .xlsx yang akan diperiksa.",
  unknownOption: (option) => `Opsi ${option} tidak dikenal.`,
  optionNeedsValue: (option) => `Opsi ${option} perlu nilai.`,
  optionTakesNoValue: (option) => `Opsi ${option} tidak memakai nilai.`,
  badLang: (value) => `Bahasa "${value}" tidak tersedia; pilih id atau en.`,
  unreadable: (path, detail) => {
    switch (detail) {
      case "missing":
        return `File ${path} tidak ditemukan.`;
      case "directory":
        return `${path} adalah folder, bukan file .xlsx.`;
      case "empty":
        return `File ${path} kosong.`;
      case "encrypted":
        return `File ${path} dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu coba lagi.`;
      case "legacy-xls":
        return `File ${path} berformat .xls lama. Buka di Excel dan simpan sebagai .xlsx.`;
      case "not-zip":
        return `File ${path} bukan file Excel .xlsx (mungkin .csv atau .html yang diganti namanya).`;
      case "not-xlsx":
        return `File ${path} tidak berisi buku kerja Excel.`;
      case "corrupt":
        return `File ${path} rusak dan tidak dapat dibaca. Coba buka dan simpan ulang di Excel.`;
      default:
        return `File ${path} tidak dapat dibaca.`;
    }
  },
  tooLarge: (path) =>
    `Berkas terlalu besar untuk dibuka: ${path} melebihi batas ukuran yang dapat dibaca Cermat. Hapus sheet atau baris yang tidak dipakai, atau pisahkan menjadi beberapa file, lalu coba lagi.`,
  sheetNotFound: (sheet, available) => `Sheet "${sheet}" tidak ada.${available.length > 0 ? ` Sheet yang ada: ${available.map((s) => `"${s}"`).join(", ")}.` : ""}`,
  noSheets: "File ini tidak berisi sheet.",
  internalError: (message) => `Terjadi kesalahan di dalam Cermat: ${message}`,
  output: OUTPUT_ID,
  fill: FILL_ID,
  prepare: PREPARE_ID,
  template: TEMPLATE_ID,
  columnsOption: {
    badPair: (part) => `--columns: "${part}" tidak terbaca; tulis HURUF=peran dipisah koma, mis. --columns "E=periode,F=target_periode".`,
    badLetter: (letter, part) => `--columns: "${letter}" (di "${part}") bukan huruf kolom Excel (A sampai XFD).`,
    unknownRole: (role, letter) =>
      `--columns: peran "${role}" untuk kolom ${letter} tidak dikenal. Peran yang ada: ${plainRoleNames()}, none (tidak dibaca); per periode: ${periodRolePattern()}.`,
    damaged: (detail) => `Sheet tersembunyi _cermat_columns (pilihan kolom) rusak: ${detail}. Perbaiki atau hapus pilihan kolom di panel Kolom.`,
  },

  reportTitle: (file) => `Pemeriksaan ${file}`,
  sheetHeading: (sheet) => `Sheet "${sheet}"`,
  recognized: (kind, tables, firstRow, lastRow) =>
    `dikenali: ${KIND[kind] ?? kind}${tables > 1 ? `, ${tables} tabel` : ""}; data baris ${firstRow}–${lastRow}`,
  notRecognized: (reason) => {
    switch (reason?.code) {
      case "EMPTY_SHEET":
        return "tidak diperiksa: sheet kosong";
      case "TOO_FEW_ROLES":
        return `tidak diperiksa: bukan Rencana Aksi (hanya ditemukan kolom ${reason.found.join(", ") || "-"})`;
      default:
        return `tidak diperiksa: tidak ada judul kolom Rencana Aksi (Indikator, Target, Anggaran …)${reason?.found.length ? `; kata yang ditemukan: ${reason.found.join(", ")}` : ""}`;
    }
  },
  columns: "Kolom",
  chosenColumns: (chosen) =>
    `Peran kolom pilihan Anda (tersimpan di file atau --columns): ${Object.entries(chosen)
      .map(([letter, role]) => `${letter} ${role === "none" ? "tidak dibaca" : role}`)
      .join(", ")}`,
  counts: (c) => `${c.error} kesalahan, ${c.warning} peringatan, ${c.info} catatan`,
  severity: { error: "kesalahan", warning: "peringatan", info: "catatan" },
  noFindings: "Tidak ada temuan.",
  unrecognizedColumns: (columns) =>
    `Kolom tidak dikenali: ${columns.map((c) => `${c.column}${c.header ? ` "${c.header}"` : ""}${c.numeric ? " (berisi angka, tidak diperiksa)" : ""}`).join(", ")}`,
  checksRan: (codes) => (codes.length === 0 ? "Diperiksa: tidak ada pemeriksaan yang dapat berjalan pada kolom yang dikenali" : `Diperiksa: ${codes.map((c) => CLI_ID.checkNames[c]).join(", ")}`),
  checkNames: CHECK_NAMES.id,
  incomplete: (unread, noCore) =>
    [
      "Belum dapat dinyatakan siap:",
      unread.length > 0 ? `kolom ${unread.join(", ")} berisi angka yang tidak dipahami Cermat, jadi tidak diperiksa;` : "",
      noCore ? "tidak ada pemeriksaan anggaran, capaian atau target yang dapat berjalan;" : "",
      "tetapkan peran kolom (cermat check --columns \"E=target,F=anggaran\") lalu periksa ulang.",
    ]
      .filter((s) => s !== "")
      .join(" "),
  ruleTitles: {
    BUDGET_PERIOD_SUM: "Jumlah anggaran per periode ≠ anggaran tahunan",
    BUDGET_CHILD_SUM: "Anggaran induk ≠ jumlah anggaran di bawahnya",
    BUDGET_TOTAL_SUM: "Baris jumlah ≠ jumlah program",
    BUDGET_ZERO_WITH_TARGET: "Anggaran nol padahal ada target",
    REALISASI_ANGGARAN_EXCEEDS: "Realisasi anggaran melebihi anggaran",
    SERAPAN_MISMATCH: "Persentase serapan tidak cocok",
    COLUMN_RULE_MISMATCH: "Kolom tidak sesuai rumus di baris nomor kolom",
    TARGET_PERIOD_SUM: "Target per periode tidak cocok dengan target tahunan",
    TARGET_CUMULATIVE_DECREASE: "Target kumulatif menurun",
    CAPAIAN_MISMATCH: "Capaian tidak sesuai perhitungan",
    CAPAIAN_NOT_COMPUTABLE: "Capaian tidak dapat dihitung",
    REALISASI_ANNUAL_MISMATCH: "Realisasi tahunan tidak sesuai realisasi per periode",
    INVALID_NUMBER: "Angka tidak terbaca",
    FORMULA_NOT_CALCULATED: "Rumus belum dihitung",
    MISSING_TARGET: "Target kosong",
    MISSING_SATUAN: "Satuan kosong",
    MISSING_PENANGGUNG_JAWAB: "Penanggung jawab kosong",
    KODE_FORMAT: "Format kode",
    EFISIENSI: "Efisiensi: capaian ≠ serapan",
    PREDIKAT_MISMATCH: "Predikat tidak sesuai capaian",
    ANGGARAN_WITHOUT_INDIKATOR: "Sub kegiatan beranggaran tanpa indikator/satuan",
    REALISASI_MISSING: "Realisasi kosong",
    REALISASI_CUMULATIVE_DECREASE: "Realisasi kumulatif menurun",
    CROSS_SHEET_TARGET: "Target atau anggaran berbeda dengan lembar lain",
  },
  derivedFrom: (cells) => `akibat dari ${cells.join(", ")}`,
  summary: (t, c) =>
    `${t.sheets} sheet: ${t.recognized} dikenali dan diperiksa${t.sheets > t.recognized ? `, ${t.sheets - t.recognized} tidak dikenali (tidak diperiksa)` : ""}${t.incomplete > 0 ? `, ${t.incomplete} belum lengkap diperiksa` : ""}; ${c.error} kesalahan, ${c.warning} peringatan, ${c.info} catatan.`,
  batch: {
    title: (files) => `Rekap pemeriksaan ${files} file`,
    progress: (done, total, left) => `Memeriksa ${done}/${total} file${left === undefined ? "" : ` · sisa ± ${clock(left)}`}`,
    folder: (path) => `Folder: ${path}`,
    notes: "Keterangan:",
    noWorkbooks: (paths) => `Tidak ada file .xlsx atau .xlsm di ${paths.join(", ")} (subfolder ikut diperiksa dengan -r).`,
    oneFileOption: (option) => `${option} hanya dapat dipakai untuk satu file, bukan untuk beberapa file atau folder.`,
    reportIsInput: (path) => `${path} adalah salah satu file yang diperiksa; Cermat tidak menimpanya dengan rekap. Pilih nama lain untuk laporan.`,
    tooSlow: (file, ms) => `${file} tidak selesai diperiksa dalam ${Math.ceil(ms / 1000)} detik dan dihentikan; file lain tetap diperiksa. Periksa file ini sendiri (cermat check "${file}") atau beri waktu lebih dengan CERMAT_FILE_TIMEOUT (detik).`,
    written: (path) => `Ditulis: ${path}`,
  },
};
