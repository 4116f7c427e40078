/**
 * Pesan temuan dalam Bahasa Indonesia: apa yang salah dan apa yang harus dilakukan, dengan kata-kata
 * yang dipakai di lembar Rencana Aksi dan Pengukuran Kinerja.
 */
import type { Finding, FindingCode } from "../../engine/model";
import type { FindingMessage, MessageTools } from "./tools";

const LEVEL: Record<string, string> = {
  urusan: "urusan",
  bidang: "bidang urusan",
  sasaran: "sasaran",
  indikator: "indikator",
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "sub kegiatan",
  total: "baris jumlah",
};

function level(t: MessageTools, f: Finding, key = "level"): string {
  return LEVEL[t.text(f, key)] ?? "baris";
}

/** The money family a budget finding is about: "anggaran", "realisasi anggaran". */
function family(t: MessageTools, f: Finding): string {
  return t.role(t.text(f, "family") || "anggaran");
}

/** A period of the family, "s.d. TW III" when its columns are cumulative. */
function periodOf(t: MessageTools, f: Finding, period: string): string {
  return t.num(f, "cumulative") === 1 ? `s.d. ${t.period(period)}` : t.period(period);
}

/** "anggaran tahunan", "anggaran TW III", "realisasi anggaran s.d. TW II". */
function column(t: MessageTools, f: Finding): string {
  const c = t.text(f, "column");
  return c === "annual" || c === "" ? `${family(t, f)} tahunan` : `${family(t, f)} ${periodOf(t, f, c)}`;
}

/** The column as its header says it, when the finding knows the header. */
function headerNote(t: MessageTools, f: Finding): string {
  const header = t.text(f, "header");
  return header ? ` (kolom “${t.shorten(header)}”)` : "";
}

/** All periods of the row: "TW I–IV", "Januari–Desember", "2021–2025". */
function periodRange(t: MessageTools, f: Finding): string {
  return t.text(f, "periods") === "range" ? `${t.period(t.text(f, "firstPeriod"))}–${t.period(t.text(f, "lastPeriod"))}` : t.periods(t.text(f, "periods"));
}

const DOKUMEN: Record<string, string> = {
  "perjanjian-kinerja": "Perjanjian Kinerja",
  "rencana-aksi": "Rencana Aksi",
  "pengukuran-kinerja": "Pengukuran Kinerja",
};

function selisih(t: MessageTools, f: Finding): string {
  return t.rupiah(Math.abs(f.difference ?? 0));
}

/** The sentence that sends the person to the root cause first. */
function derived(t: MessageTools, f: Finding): string {
  return f.derivedFrom?.length ? ` Selisih ini mengikuti kesalahan di sel ${t.cells(f.derivedFrom)}; perbaiki sel itu lebih dulu.` : "";
}

const FORMULA: Record<string, string> = {
  positive: "realisasi ÷ target × 100",
  "negative-permenpan": "(2 × target − realisasi) ÷ target × 100, indikator negatif",
  "negative-inverse": "target ÷ realisasi × 100, indikator negatif",
  grade: "target kualitatif tercapai = 100%",
  range: "terhadap rentang target",
  mean: "baris ini tidak punya target dan realisasi sendiri",
};

function formula(t: MessageTools, f: Finding): string {
  const key = t.text(f, "formula");
  const words = FORMULA[key] ?? key;
  const cap = t.num(f, "capAt");
  const capped = t.text(f, "capped") === "true" || t.num(f, "capped") === 1;
  const parts = [words, capped && cap !== undefined ? `dibatasi ${t.percent(cap)}` : ""].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function whenText(t: MessageTools, f: Finding): string {
  const p = t.text(f, "period");
  return p === "" || p === "annual" ? "tahunan" : t.period(p);
}

export const FINDINGS_ID: Record<FindingCode, FindingMessage> = {
  BUDGET_PERIOD_SUM: (f, t) => {
    const fam = family(t, f);
    if (t.text(f, "decrease"))
      return `${capitalize(fam)} ${periodOf(t, f, t.text(f, "decrease"))} (${t.rupiah(f.actual)}) lebih kecil dari ${periodOf(t, f, t.text(f, "previousPeriod"))} (${t.rupiah(f.expected)}), padahal jumlah kumulatif tidak boleh turun. Periksa sel ${f.cell}.`;
    const sum = t.rupiah(t.num(f, "periodSum"));
    const annual = t.rupiah(t.num(f, "annual"));
    const gap = t.rupiah(Math.abs((t.num(f, "annual") ?? 0) - (t.num(f, "periodSum") ?? 0)));
    const head =
      t.num(f, "cumulative") === 1
        ? `${capitalize(fam)} ${periodOf(t, f, t.text(f, "lastPeriod"))} (${sum}) tidak sama dengan ${fam} tahunan (${annual}), selisih ${gap}.`
        : `Jumlah ${fam} ${periodRange(t, f)} (${sum}) tidak sama dengan ${fam} tahunan (${annual}), selisih ${gap}.`;
    if (f.derivedFrom?.length) return head + derived(t, f);
    const suspect = t.text(f, "suspect");
    if (suspect === "annual") return `${head} Rincian di atas dan di bawahnya cocok dengan ${sum}: perbaiki ${fam} tahunan di sel ${f.cell}.`;
    if (suspect) return `${head} Yang tidak cocok adalah ${fam} ${periodOf(t, f, suspect)} (${t.rupiah(f.actual)}): seharusnya ${t.rupiah(f.expected)}. Periksa sel ${f.cell}.`;
    return `${head} Periksa sel ${f.cell} dan ${fam} per periodenya.`;
  },
  BUDGET_CHILD_SUM: (f, t) =>
    t.num(f, "blank") === 1
      ? `${capitalize(column(t, f))}${headerNote(t, f)} ${level(t, f)} ini kosong, padahal jumlah ${level(t, f, "memberLevel")} di bawahnya ${t.rupiah(f.expected)}. Isi sel ${f.cell} dengan jumlahnya.`
      : `${capitalize(column(t, f))}${headerNote(t, f)} ${level(t, f)} ini (${t.rupiah(f.actual)}) tidak sama dengan jumlah ${level(t, f, "memberLevel")} di bawahnya (${t.rupiah(f.expected)}), selisih ${selisih(t, f)}.` +
        (f.derivedFrom?.length ? derived(t, f) : ` Periksa sel ${f.cell} atau rincian di bawahnya.`),
  BUDGET_TOTAL_SUM: (f, t) =>
    `Baris jumlah${headerNote(t, f)} (${t.rupiah(f.actual)}) tidak sama dengan jumlah ${column(t, f)} ${level(t, f, "memberLevel")} di atasnya (${t.rupiah(f.expected)}), selisih ${selisih(t, f)}.` +
    (f.derivedFrom?.length ? derived(t, f) : ` Periksa sel ${f.cell}.`),
  BUDGET_ZERO_WITH_TARGET: (f, t) =>
    `Anggaran ${level(t, f)} ini Rp 0, padahal ada targetnya. Isi anggarannya di sel ${f.cell}, atau pastikan ${level(t, f)} ini memang tidak dianggarkan.`,
  REALISASI_ANGGARAN_EXCEEDS: (f, t) =>
    `Realisasi anggaran ${whenText(t, f)} (${t.rupiah(f.actual)}) melebihi anggaran (${t.rupiah(f.expected)}) sebesar ${selisih(t, f)}. Periksa sel ${f.cell}.`,
  SERAPAN_MISMATCH: (f, t) => {
    const amounts =
      t.num(f, "anggaran") !== undefined && t.num(f, "realisasiAnggaran") !== undefined ? ` (${t.rupiah(t.num(f, "realisasiAnggaran"))} ÷ ${t.rupiah(t.num(f, "anggaran"))})` : "";
    return `Serapan anggaran tertulis ${t.percent(f.actual)}, padahal realisasi ÷ anggaran${amounts} = ${t.percent(f.expected)}. Perbaiki sel ${f.cell}.`;
  },
  COLUMN_RULE_MISMATCH: (f, t) => {
    const shown = (v: number | undefined) => (t.num(f, "percent") === 1 ? t.percent(v) : t.number(v));
    return (
      `Menurut rumus “${t.text(f, "formula")}” di baris nomor kolom, sel ${f.cell} (kolom ${t.text(f, "column")}) seharusnya ${shown(f.expected)}, dihitung dari sel ${t.cells(t.text(f, "cells").split(", "))}, ` +
      `tetapi tertulis ${shown(f.actual)}, selisih ${shown(Math.abs(f.difference ?? 0))}.` +
      (f.derivedFrom?.length ? derived(t, f) : ` Perbaiki sel ${f.cell} atau sel asal hitungannya.`)
    );
  },
  TARGET_PERIOD_SUM: (f, t) => {
    const unit = t.text(f, "unit");
    const shown = (v: number | undefined) => (unit === "%" ? t.percent(v) : unit ? `${t.number(v)} ${unit}` : t.number(v));
    const closest = t.text(f, "closest");
    const last = t.text(f, "measure") === "last";
    const period = t.text(f, "lastPeriod") ? `target ${t.period(t.text(f, "lastPeriod"))}` : "target periode terakhir";
    const gap = f.difference !== undefined ? ` (selisih ${shown(Math.abs(f.difference))})` : "";
    let nearest = "";
    if (t.text(f, "expectedGrade")) nearest = ` Predikat ${period.replace(/^target /, "")} ${t.text(f, "actualGrade")}, sedangkan target tahunan ${t.text(f, "expectedGrade")}.`;
    else if (closest === "percentOfAnnual")
      nearest = last ? ` Jika dibaca sebagai persen dari target tahunan, ${period} ${t.percent(f.actual)} seharusnya 100%.` : ` Jika dibaca sebagai persen dari target tahunan, jumlahnya ${t.percent(f.actual)}, seharusnya 100%.`;
    else if (closest === "cumulative") nearest = ` Paling dekat dibaca kumulatif: ${period} ${shown(f.actual)} seharusnya sama dengan target tahunan ${shown(f.expected)}${gap}.`;
    else if (closest) nearest = ` Paling dekat dibaca sebagai pembagian: jumlah target per periode ${shown(f.actual)}, seharusnya ${shown(f.expected)}${gap}.`;
    return (
      `Target per ${t.text(f, "periods") === "monthly" ? "bulan" : "triwulan"} (${t.text(f, "series")}) tidak cocok dengan target tahunan ${t.text(f, "annual")}, ` +
      `dibaca kumulatif, dijumlah, tetap, maupun sebagai persen.${nearest} Periksa target tahunan di sel ${f.cell} dan target per periode di sampingnya.`
    );
  },
  TARGET_CUMULATIVE_DECREASE: (f, t) =>
    `Target kumulatif turun di ${t.period(t.text(f, "period"))}: ${t.text(f, "value")} setelah ${t.text(f, "previousValue")} di ${t.period(t.text(f, "previousPeriod"))}. Target kumulatif tidak boleh turun; periksa sel ${f.cell}.`,
  CAPAIAN_MISMATCH: (f, t) => {
    if (t.text(f, "met") === "false")
      return `Capaian ${whenText(t, f)} tertulis ${t.percent(f.actual)}, padahal target ${t.text(f, "target")} tidak tercapai (realisasi ${t.text(f, "realisasi")}). Target kualitatif dinilai tercapai atau tidak tercapai, bukan dengan persentase. Perbaiki sel ${f.cell}: tulis “Tidak tercapai”, atau jelaskan di Keterangan cara capaiannya dihitung.`;
    const children = t.num(f, "children");
    const basis = (
      {
        sum: "jumlah realisasi semua periode",
        last: "realisasi periode terakhir",
        realisasi: "realisasi tahunan",
        children: `rata-rata capaian ${children ?? ""} baris di bawahnya`,
        "to-date": "realisasi s.d. periode ini terhadap target tahunan",
        mean: "rata-rata capaian per periode",
      } as Record<string, string>
    )[t.text(f, "basis")];
    return (
      `Capaian ${whenText(t, f)} tertulis ${t.percent(f.actual)}, seharusnya ${t.percent(f.expected)}${formula(t, f)}${basis ? `, dihitung dari ${basis}` : ""}. Perbaiki sel ${f.cell}` +
      (f.severity === "warning" ? " (selisihnya kurang dari 1 poin, mungkin karena pembulatan)." : ".")
    );
  },
  CAPAIAN_NOT_COMPUTABLE: (f, t) => {
    const indikator = t.shorten(t.text(f, "indikator"));
    const of = indikator ? ` indikator “${indikator}”` : "";
    const realisasi = t.num(f, "realisasi") !== undefined ? t.number(t.num(f, "realisasi")) : t.text(f, "realisasi");
    if (t.text(f, "reason") === "grade-not-met") {
      const stated = f.actual !== undefined ? `capaian ${t.percent(f.actual)} di sel ${f.cell} tidak dapat dinilai sebagai persentase` : `Cermat tidak mengisi sel ${f.cell} dengan angka`;
      return `Target ${t.text(f, "target")}${of} tidak tercapai (${whenText(t, f)}: realisasi ${realisasi}). Target kualitatif dinilai tercapai atau tidak tercapai, jadi ${stated}. Tulis “Tidak tercapai”, atau nyatakan di Keterangan cara capaian angkanya dihitung.`;
    }
    const head = `Capaian ${whenText(t, f)}${of} tidak dapat dihitung dari target 0 (realisasi ${realisasi}): setiap rumus capaian PermenPAN-RB 8/2021 membagi dengan target.`;
    if (f.actual !== undefined)
      return `${head} Angka ${t.percent(f.actual)} di sel ${f.cell} tidak dapat diperiksa. Nyatakan di Keterangan konvensi yang dipakai (misalnya “realisasi 0 dari target 0 dihitung 100%”), atau tetapkan target yang dapat diukur.`;
    return `${head} Cermat tidak mengisi sel ${f.cell}. Isi sendiri menurut konvensi yang Anda pakai dan nyatakan konvensinya di Keterangan, atau tetapkan target yang dapat diukur.`;
  },
  INVALID_NUMBER: (f, t) => {
    const text = t.shorten(t.text(f, "text"));
    const role = t.role(t.text(f, "role"));
    switch (t.text(f, "reason")) {
      case "text":
        return `Sel ${f.cell} berisi teks (“${text}”), bukan angka ${role}, sehingga jumlah anggaran tidak dapat diperiksa. Isi dengan angka, atau pindahkan keterangannya ke kolom Keterangan.`;
      case "date":
        return `Sel ${f.cell} berisi tanggal (${text}), bukan angka ${role}. Kemungkinan Excel mengubah ketikan menjadi tanggal secara otomatis (misalnya 1/4 menjadi 1 April), jadi Cermat tidak membacanya sebagai angka. Ubah format selnya menjadi Angka (Number), lalu ketik ulang nilainya.`;
      case "too-many-digits":
        return `Angka di sel ${f.cell} (“${text}”) terlalu panjang: lebih dari 15 angka penting, Excel pun tidak menyimpannya persis, jadi Cermat tidak membacanya sebagai angka ${role}. Periksa angkanya; bila memang sebesar itu, tulis dengan satuan (Juta, M).`;
      case "too-large":
        return `Angka di sel ${f.cell} (“${text}”) terlalu besar untuk dibaca sebagai angka ${role}. Periksa dan ketik ulang angkanya.`;
      default:
        return `Isi sel ${f.cell} (“${text}”) tidak dapat dibaca sebagai angka ${role}. Ketik ulang angkanya tanpa karakter lain.`;
    }
  },
  FORMULA_NOT_CALCULATED: (f, t) => {
    const why = (
      {
        function: `Cermat tidak menghitung fungsi ${t.text(f, "name")}`,
        reference: `Cermat tidak menghitung rujukan ${t.text(f, "reference")}`,
        "other-sheet": "rumusnya merujuk ke lembar lain",
        "text-result": "hasilnya berupa teks",
        cycle: "rumusnya merujuk ke dirinya sendiri (rujukan melingkar)",
        syntax: "Cermat tidak dapat membaca rumusnya",
        depends: `rumusnya memakai sel ${t.text(f, "source")} yang juga belum dihitung`,
      } as Record<string, string>
    )[t.text(f, "reason")];
    return (
      `Rumus di sel ${f.cell} (${t.shorten(t.text(f, "formula"))}) tersimpan tanpa hasilnya (file dibuat oleh program lain, bukan disimpan oleh Excel)${why ? `, dan ${why}` : ""}. ` +
      `Nilai ${t.role(t.text(f, "role"))} di sel ini tidak diketahui, jadi jumlah anggaran dan capaian yang memakainya tidak diperiksa. Buka file di Excel (atau LibreOffice), simpan, lalu periksa lagi.`
    );
  },
  MISSING_TARGET: (f, t) => `Indikator “${t.shorten(t.text(f, "indikator"))}” belum memiliki target, baik tahunan maupun per periode. Isi targetnya di sel ${f.cell}.`,
  MISSING_SATUAN: (f, t) => `Indikator “${t.shorten(t.text(f, "indikator"))}” bertarget ${t.text(f, "target")} tanpa satuan. Isi satuannya di sel ${f.cell}.`,
  MISSING_PENANGGUNG_JAWAB: (f, t) => {
    const block = t.text(f, "block");
    const what =
      block === "program" ? `program “${t.shorten(t.text(f, "label"))}” dan rinciannya` : block === "sasaran" ? `sasaran “${t.shorten(t.text(f, "label"))}”` : "tabel ini";
    return `Penanggung jawab untuk ${what} belum diisi. Isi di sel ${f.cell}.`;
  },
  REALISASI_ANNUAL_MISMATCH: (f, t) => {
    const satuan = t.text(f, "satuan");
    const shown = (v: number | undefined) => (satuan ? `${t.number(v)} ${satuan}` : t.number(v));
    const how: Record<string, string> = {
      sum: "jumlah realisasi per periode",
      last: "realisasi periode terakhir",
      mean: "rata-rata realisasi per periode",
    };
    const why: Record<string, string> = {
      level: " Indikator ini berupa tingkat, indeks, nilai atau persentase: realisasi tahunannya posisi terakhir, bukan jumlah per periode.",
      flow: " Indikator ini berupa jumlah (dokumen, orang, kegiatan): realisasi tahunannya jumlah per periode.",
      cumulative: " Realisasinya ditulis kumulatif (s.d.): realisasi tahunannya periode terakhir.",
    };
    return (
      `Realisasi tahunan tertulis ${t.text(f, "text") || shown(f.actual)}, padahal realisasi per periode (${t.text(f, "series")}) memberi ${how[t.text(f, "basis")] ?? "realisasi tahunan"} ${shown(f.expected)}.` +
      `${why[t.text(f, "kind")] ?? ""} Perbaiki sel ${f.cell}.`
    );
  },
  CROSS_SHEET_TARGET: (f, t) => {
    const doc = DOKUMEN[t.text(f, "otherDoc")] ?? "lembar lain";
    if (t.text(f, "kind") === "anggaran") {
      return `Jumlah anggaran di sel ${f.cell} (${t.rupiah(f.actual)}) berbeda dengan jumlah anggaran ${doc} di ${t.text(f, "other")} (${t.rupiah(f.expected)}), selisih ${selisih(t, f)}. Periksa mana yang keliru, lalu samakan keduanya.`;
    }
    return `Target tahunan “${t.shorten(t.text(f, "indikator"))}” di sel ${f.cell} (${t.text(f, "text")}) berbeda dengan target di ${doc}, ${t.text(f, "other")} (${t.text(f, "otherText")}). Samakan keduanya; Perjanjian Kinerja yang menjadi acuan.`;
  },
  KODE_FORMAT: (f, t) => {
    const kode = t.text(f, "kode");
    const shape = `${level(t, f)} (${t.text(f, "shape")})`;
    switch (t.text(f, "kind")) {
      case "shape":
        return `Kode ${kode} di sel ${f.cell} tidak berbentuk kode ${shape} menurut Permendagri 90/2019. Perbaiki kodenya (mungkin angka nol di depan hilang atau ada bagian yang kurang).`;
      case "level":
        return `Kode ${kode} di sel ${f.cell} berbentuk kode ${level(t, f, "kodeLevel")}, padahal nama barisnya menyebut ${level(t, f)}; kode ${level(t, f)} berbentuk ${t.text(f, "shape")}. Periksa kode atau nama barisnya.`;
      case "parent":
        return `Kode ${level(t, f)} ${kode} di sel ${f.cell} tidak diawali kode ${level(t, f, "parentLevel")} di atasnya (${t.text(f, "parent")}, sel ${t.text(f, "parentCell")}). Perbaiki kodenya, atau pindahkan baris ini ke bawah ${level(t, f, "parentLevel")} yang benar.`;
      case "duplicate":
        return `Kode ${kode} di sel ${f.cell} sudah dipakai di sel ${t.text(f, "firstCell")} pada tabel yang sama. Jika keduanya ${level(t, f)} yang sama, gabungkan barisnya; jika berbeda, perbaiki kodenya.`;
    }
    return t.text(f, "shifted")
      ? `Kode di sel ${f.cell} (“${t.text(f, "text")}”) bergeser satu kolom ke kiri dari kolom bagiannya; Cermat membacanya sebagai ${t.text(f, "read")}, dengan bagian depan dari baris di atasnya. Tulis setiap bagian kode di kolomnya sendiri.`
      : `Kode di sel ${f.cell} ditulis “${t.text(f, "text")}”; Cermat membacanya sebagai ${t.text(f, "read")}. Tulis kode dengan titik di antara bagiannya (${t.text(f, "read")}), seperti pada Permendagri 90/2019.`;
  },
  EFISIENSI: (f, t) => {
    const label = t.shorten(t.text(f, "label"));
    const of = label ? ` “${label}”` : "";
    const capaian = t.percent(t.num(f, "capaian"));
    const serapan = t.percent(t.num(f, "serapan"));
    const amounts = ` (${t.rupiah(t.num(f, "realisasiAnggaran"))} dari ${t.rupiah(t.num(f, "anggaran"))})`;
    return t.text(f, "direction") === "low-serapan"
      ? `Capaian kinerja${of} ${capaian}, padahal serapan anggarannya baru ${serapan}${amounts}: lebih dari ${t.number(t.num(f, "gap"))} poin di bawah capaian, dengan serapan di bawah ${t.percent(t.num(f, "lowSerapan"))}. Periksa apakah realisasi anggaran di sel ${f.cell} sudah dicatat lengkap, atau apakah targetnya terlalu rendah.`
      : `Serapan anggaran${of} ${serapan}${amounts}, padahal capaian kinerjanya hanya ${capaian}: ${t.number(t.num(f, "gap"))} poin atau lebih di bawah serapan. Anggaran terserap tanpa kinerja yang sepadan; periksa realisasi kinerja dan realisasi anggaran (sel ${f.cell}), atau jelaskan penyebabnya di Keterangan.`;
  },
  PREDIKAT_MISMATCH: (f, t) => {
    const capaian = t.percent(t.num(f, "capaian"));
    const from = t.text(f, "source") === "stated" ? `capaian tertulis ${capaian}` : `capaian ${capaian} (dihitung dari target dan realisasi)`;
    return `Predikat di sel ${f.cell} tertulis “${t.shorten(t.text(f, "text"))}”, padahal ${from} berpredikat “${t.text(f, "expectedId")}” menurut skala predikat di Pengaturan. Perbaiki predikatnya, atau sesuaikan skala di Pengaturan bila instansi Anda memakai skala lain.`;
  },
  ANGGARAN_WITHOUT_INDIKATOR: (f, t) => {
    const label = t.shorten(t.text(f, "label"));
    const of = label ? ` “${label}”` : "";
    const amount = f.actual !== undefined ? ` (${t.rupiah(f.actual)})` : "";
    return t.text(f, "missing") === "satuan"
      ? `Sub kegiatan${of} beranggaran${amount}, dan indikatornya “${t.shorten(t.text(f, "indikator"))}” belum bersatuan. Isi satuannya di sel ${f.cell}, agar keluaran yang dibiayai dapat diukur.`
      : `Sub kegiatan${of} beranggaran${amount}, tetapi belum memiliki indikator. Isi indikator keluarannya di sel ${f.cell}, agar anggarannya dapat dipertanggungjawabkan dengan kinerja.`;
  },
  REALISASI_MISSING: (f, t) => {
    const indikator = t.shorten(t.text(f, "indikator") || t.text(f, "label"));
    const of = indikator ? ` indikator “${indikator}”` : "";
    return `Target ${t.period(t.text(f, "period"))}${of} (${t.text(f, "target")}) belum memiliki realisasi, padahal baris lain sudah melaporkan realisasi ${t.period(t.text(f, "period"))}. Isi realisasinya di sel ${f.cell}, atau tulis keterangan bila datanya belum tersedia.`;
  },
  REALISASI_CUMULATIVE_DECREASE: (f, t) =>
    `Realisasi kumulatif turun di ${t.period(t.text(f, "period"))}: ${t.text(f, "value")} setelah ${t.text(f, "previousValue")} di ${t.period(t.text(f, "previousPeriod"))}. Realisasi yang ditulis kumulatif (s.d.) tidak boleh turun; periksa sel ${f.cell}, mungkin yang tertulis realisasi periode itu saja.`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
