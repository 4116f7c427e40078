import type { UiWords } from "./words";

const list = (items: readonly string[]) => items.join(", ");
/** Cell addresses in a sentence: the first few, then an ellipsis. */
const listShort = (items: readonly string[], max = 8) => list(items.slice(0, max)) + (items.length > max ? ", …" : "");

/** Bahasa Indonesia: the pane's first language. */
export const UI_ID: UiWords = {
  appTitle: "Cermat",
  tabs: { check: "Periksa", tools: "Alat", settings: "Pengaturan" },
  tabListLabel: "Bagian panel Cermat",

  periksa: "Periksa",
  periksaUlang: "Periksa ulang",
  hapusTanda: "Hapus tanda",
  checking: "Memeriksa lembar…",
  clearing: "Menghapus tanda…",
  idleHint: "Buka lembar Rencana Aksi atau Pengukuran Kinerja, lalu tekan Periksa. Cermat memeriksa setiap baris tanpa mengubah isi sel.",
  sheetChecked: (sheet) => `Lembar: ${sheet}`,
  severity: { error: "Kesalahan", warning: "Peringatan", info: "Catatan" },
  severityCount: (severity, n) => `${n} ${{ error: "kesalahan", warning: "peringatan", info: "catatan" }[severity]}`,
  summaryLabel: "Ringkasan temuan",
  liveResult: (sheet, c) =>
    c.error + c.warning + c.info === 0
      ? `Pemeriksaan lembar ${sheet} selesai: tidak ada temuan.`
      : `Pemeriksaan lembar ${sheet} selesai: ${c.error} kesalahan, ${c.warning} peringatan, ${c.info} catatan.`,
  noFindings: (sheet) => `Tidak ada temuan di lembar ${sheet}. Lembar siap dikirim.`,
  findingsLabel: "Temuan per aturan",
  ruleTitle: {
    BUDGET_PERIOD_SUM: "Anggaran per periode tidak sama dengan anggaran tahunan",
    BUDGET_CHILD_SUM: "Anggaran induk tidak sama dengan jumlah rinciannya",
    BUDGET_TOTAL_SUM: "Baris jumlah tidak sama dengan jumlah program",
    BUDGET_ZERO_WITH_TARGET: "Anggaran nol padahal ada target",
    REALISASI_ANGGARAN_EXCEEDS: "Realisasi anggaran melebihi anggaran",
    SERAPAN_MISMATCH: "Persentase serapan tidak sesuai hitungan",
    TARGET_PERIOD_SUM: "Target per periode tidak cocok dengan target tahunan",
    TARGET_CUMULATIVE_DECREASE: "Target kumulatif menurun",
    CAPAIAN_MISMATCH: "Capaian tidak sesuai hitungan",
    INVALID_NUMBER: "Angka tidak dapat dibaca",
    MISSING_TARGET: "Target belum diisi",
    MISSING_SATUAN: "Satuan belum diisi",
    MISSING_PENANGGUNG_JAWAB: "Penanggung jawab belum diisi",
    KODE_FORMAT: "Penulisan kode keliru",
  },
  cell: (address) => `Sel ${address}`,
  showDerived: (n) => `Tampilkan ${n} temuan akibat sel ini`,
  hideDerived: (n) => `Sembunyikan ${n} temuan akibat sel ini`,
  derivedFrom: (cells) => `Akibat sel ${list(cells)}`,
  markedHint: "Sel bermasalah diberi warna dan catatan. Pilih temuan untuk menuju selnya.",
  marksCleared: (n) => (n === 0 ? "Tidak ada tanda Cermat di lembar ini." : `${n} tanda dihapus; warna dan catatan asli dikembalikan.`),
  stale: "Lembar berubah sejak pemeriksaan terakhir. Tekan Periksa ulang.",
  markFailed: "Temuan tidak dapat ditandai di lembar.",
  selectFailed: "Sel tidak dapat dipilih.",

  notRecognizedTitle: "Rencana Aksi tidak ditemukan",
  notRecognizedReason: {
    NO_HEADER: () => "Tidak ada baris judul kolom yang dikenali (misalnya Indikator, Target, Anggaran, Penanggung Jawab).",
    TOO_FEW_ROLES: (found) =>
      found.length === 0
        ? "Terlalu sedikit kolom yang dikenali untuk sebuah Rencana Aksi."
        : `Hanya kolom ${list(found)} yang dikenali; Rencana Aksi butuh setidaknya kolom indikator dengan target atau anggaran.`,
    EMPTY_SHEET: () => "Lembar ini kosong.",
  },
  notRecognizedAdvice: "Pilih lembar yang berisi tabel Rencana Aksi atau Pengukuran Kinerja, lalu periksa lagi. Untuk mulai dari awal, sisipkan templat dari tab Alat.",

  failure: {
    PROTECTED_SHEET: {
      title: "Lembar diproteksi",
      advice: "Cermat tidak boleh mengubah lembar yang diproteksi. Buka proteksi (Tinjau → Buka Proteksi Lembar), lalu coba lagi.",
    },
    API_NOT_SUPPORTED: {
      title: "Versi Excel ini belum didukung",
      advice: "Fitur ini butuh Excel 2016 atau yang lebih baru, Microsoft 365, atau Excel di web. Perbarui Excel, atau gunakan meja kerja Cermat di peramban.",
    },
    UNREADABLE_FILE: {
      title: "Berkas tidak dapat dibaca",
      advice: "Simpan ulang berkas sebagai Buku Kerja Excel (.xlsx) tanpa kata sandi, lalu buka lagi.",
    },
    SHEET_NOT_FOUND: {
      title: "Lembar tidak ditemukan",
      advice: "Lembar mungkin diganti nama atau dihapus. Pilih lembar lain, lalu periksa lagi.",
    },
    TOO_LARGE: {
      title: "Lembar terlalu besar",
      advice: "Hapus baris atau kolom kosong di luar tabel, atau pindahkan tabel ke lembar tersendiri, lalu coba lagi.",
    },
    UNKNOWN: {
      title: "Excel menolak permintaan",
      advice: "Tutup sel yang sedang disunting (tekan Enter atau Esc), lalu coba lagi.",
    },
    UNEXPECTED: {
      title: "Terjadi kesalahan tak terduga",
      advice: "Coba lagi. Bila terulang, laporkan pesan teknis di bawah ini.",
    },
  },
  unreadableDetail: {
    empty: "Berkas kosong.",
    encrypted: "Berkas dilindungi kata sandi.",
    "legacy-xls": "Berkas berformat Excel 97-2003 (.xls).",
    "not-zip": "Berkas bukan buku kerja Excel.",
    "not-xlsx": "Berkas tidak berisi lembar kerja Excel.",
    corrupt: "Berkas rusak atau tidak lengkap.",
  },
  technicalDetail: (detail) => `Rincian teknis: ${detail}`,

  settings: {
    capLabel: "Batas capaian",
    capAuto: "Otomatis (ikuti kebiasaan lembar)",
    cap100: "Paling tinggi 100%",
    cap120: "Paling tinggi 120%",
    capNone: "Tanpa batas",
    negativeFormulaLabel: "Rumus indikator negatif",
    negativePermenpan: "PermenPAN-RB 8/2021: (2 × target − realisasi) / target",
    negativeInverse: "Target / realisasi",
    polarityLabel: "Polaritas indikator",
    polarityAuto: "Otomatis",
    polarityPositive: "Positif (makin tinggi makin baik)",
    polarityNegative: "Negatif (makin rendah makin baik)",
    polarityHint: "Tekan Periksa untuk menampilkan indikator lembar ini.",
    languageLabel: "Bahasa",
    autoRecheck: "Periksa ulang otomatis setiap kali lembar diubah",
    changedHint: "Pengaturan berubah. Tekan Periksa ulang untuk menerapkannya.",
  },

  tools: {
    templateTitle: "Sisipkan Template",
    templateHint: "Menambah lembar baru berformat lengkap dengan rumus; lembar yang ada tidak diubah.",
    templateLabel: "Templat",
    instansi: "Nama instansi",
    instansiHint: "Boleh dikosongkan: kop diberi titik-titik untuk diisi nanti.",
    tahun: "Tahun",
    insert: "Sisipkan",
    tahunInvalid: "Isi tahun dengan empat angka, 2000–2100 (misalnya 2025).",
    workflowTitle: "Realisasi dan capaian",
    workflowHint:
      "Isi Capaian menulis rumus di sel capaian yang kosong; sel yang sudah berisi nilai lain ditampilkan untuk Anda pilih. Siapkan Pengukuran Kinerja membuat lembar baru dari Rencana Aksi ini.",
    fillCapaian: "Isi Capaian",
    preparePengukuran: "Siapkan Pengukuran Kinerja",
    running: "Sedang dikerjakan…",
    notAvailable: "Belum tersedia di sini.",
    sheetAdded: (name) => `Lembar "${name}" ditambahkan.`,
    cellsWritten: (written, conflicts) =>
      `${written} sel diisi.` + (conflicts > 0 ? ` ${conflicts} sel sudah berisi nilai lain dan belum diubah: pilih di bawah.` : ""),
    conflictsTitle: (n) => `${n} sel sudah berisi nilai lain`,
    conflictsHint: "Centang sel yang boleh diganti dengan usulan Cermat, lalu tekan Terapkan yang dipilih. Sel yang tidak dicentang tetap seperti yang Anda ketik.",
    conflictCell: "Sel",
    conflictCurrent: "Isi sekarang",
    conflictProposed: "Usulan Cermat",
    conflictReason: "Alasan",
    proposedFormula: "Rumus",
    proposedValue: "Nilai",
    reason: {
      otherFormula: "Rumus di sel ini lain dari rumus capaian yang baku (realisasi ÷ target, sesuai polaritas dan batas capaian).",
      text: "Sel berisi teks, bukan angka, sehingga tidak dapat dihitung.",
      otherValue: "Nilai yang tertulis tidak sama dengan hitungan dari target dan realisasi.",
    },
    conflictChoose: (cell) => `Ganti isi sel ${cell}`,
    chooseAll: "Pilih semua",
    goToCell: (cell) => `Buka sel ${cell} di lembar`,
    applySelected: "Terapkan yang dipilih",
    skipAll: "Lewati semua",
    cellsReplaced: (replaced, skipped) =>
      (replaced.length > 0 ? `${replaced.length} sel diganti (${listShort(replaced)}).` : "Tidak ada sel yang diganti.") +
      (skipped > 0 ? ` ${skipped} sel dilewati dan tetap seperti semula.` : ""),
    problem: {
      NOT_RECOGNIZED: {
        title: "Tabel Pengukuran Kinerja tidak ditemukan di lembar ini",
        advice: "Pilih lembar yang berisi tabel Pengukuran Kinerja (dengan kolom target, realisasi dan capaian), lalu tekan Isi Capaian lagi.",
      },
      NO_REALISASI: {
        title: "Lembar ini tidak memiliki kolom realisasi atau capaian",
        advice: "Ini tampaknya Rencana Aksi. Tekan Siapkan Pengukuran Kinerja untuk membuat lembar dengan kolom realisasi dan capaian, isi realisasinya, lalu tekan Isi Capaian di lembar itu.",
      },
      NOT_A_PLAN: {
        title: "Tabel Rencana Aksi tidak ditemukan di lembar ini",
        advice: "Pilih lembar Rencana Aksi (dengan kolom indikator dan target), lalu tekan Siapkan Pengukuran Kinerja lagi.",
      },
      TAHUN_UNKNOWN: {
        title: "Tahun Rencana Aksi tidak ditemukan",
        advice: "Tuliskan tahunnya di kop lembar (misalnya “RENCANA AKSI TAHUN 2025”), lalu coba lagi.",
      },
      TEMPLATE_INVALID: {
        title: "Templat tidak dapat dibuat dengan isian ini",
        advice: "Periksa isian formulir, lalu tekan Sisipkan lagi.",
      },
    },
    failedLead: (tool) => `${tool}:`,
  },

  limited: {
    title: "Excel ini versi lama: Cermat tetap bekerja, dengan batasan berikut.",
    feature: {
      mergedAreas: "Sel gabungan tidak dapat dibaca; Cermat menebaknya dari tata letak tabel.",
      notes: "Catatan (note) tidak tersedia; tanda berupa komentar atau warna sel saja.",
      comments: "Komentar tidak tersedia; tanda berupa warna sel saja, pesan ada di panel.",
      cellProperties: "Huruf tebal dan indentasi tidak terbaca; tingkat baris ditentukan dari kode, penomoran dan jumlah anggaran.",
      dataValidation: "Templat disisipkan tanpa daftar pilihan (satuan, polaritas).",
      freezePanes: "Templat disisipkan tanpa judul kolom yang dibekukan.",
      pageLayout: "Templat disisipkan tanpa pengaturan cetak (kertas, orientasi); atur sendiri sebelum mencetak.",
    },
  },

  notInOffice: {
    title: "Buka Cermat di dalam Excel",
    body: "Panel ini berjalan di dalam Excel (desktop atau web). Tambahkan add-in Cermat di Excel, atau periksa berkas .xlsx langsung di peramban lewat meja kerja Cermat.",
    workbench: "Buka meja kerja",
  },

  workbench: {
    title: "Cermat: meja kerja",
    tagline: "Periksa Rencana Aksi dan Pengukuran Kinerja (.xlsx) langsung di peramban.",
    openFile: "Buka berkas .xlsx",
    openSample: "Buka contoh",
    dropHint: "atau seret berkas .xlsx ke sini",
    dropActive: "Lepaskan berkas untuk membukanya",
    download: "Unduh .xlsx",
    loading: (name) => `Membuka ${name}…`,
    opened: (name) => `${name} terbuka.`,
    sheetTabsLabel: "Lembar kerja",
    gridLabel: (sheet) => `Isi lembar ${sheet}`,
    page: (current, total) => `Halaman ${current} dari ${total}`,
    previousPage: "Halaman sebelumnya",
    nextPage: "Halaman berikutnya",
    privacy: "Berkas dibaca di komputer Anda saja; tidak ada yang diunggah.",
    empty: "Belum ada berkas terbuka.",
  },
};
