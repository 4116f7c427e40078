/**
 * Finding messages in English. Domain nouns stay as users say them (anggaran, realisasi, capaian,
 * kegiatan, penanggung jawab); the rest is plain English.
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
  total: "total row",
};

function level(t: MessageTools, f: Finding, key = "level"): string {
  return LEVEL[t.text(f, key)] ?? "row";
}

/** The money family a budget finding is about: "anggaran", "realisasi anggaran". */
function family(t: MessageTools, f: Finding): string {
  return t.role(t.text(f, "family") || "anggaran");
}

/** A period of the family, "up to TW III" when its columns are cumulative. */
function periodOf(t: MessageTools, f: Finding, period: string): string {
  return t.num(f, "cumulative") === 1 ? `up to ${t.period(period)}` : t.period(period);
}

/** "annual anggaran", "TW III anggaran", "realisasi anggaran up to TW II". */
function column(t: MessageTools, f: Finding, c = t.text(f, "column")): string {
  if (c === "annual" || c === "") return `annual ${family(t, f)}`;
  return t.num(f, "cumulative") === 1 ? `${family(t, f)} ${periodOf(t, f, c)}` : `${t.period(c)} ${family(t, f)}`;
}

/** The column as its header says it, when the finding knows the header. */
function headerNote(t: MessageTools, f: Finding): string {
  const header = t.text(f, "header");
  return header ? ` (column “${t.shorten(header)}”)` : "";
}

/** All periods of the row: "TW I–IV", "January–December", "2021–2025". */
function periodRange(t: MessageTools, f: Finding): string {
  return t.text(f, "periods") === "range" ? `${t.period(t.text(f, "firstPeriod"))}–${t.period(t.text(f, "lastPeriod"))}` : t.periods(t.text(f, "periods"));
}

function gap(t: MessageTools, f: Finding): string {
  return t.rupiah(Math.abs(f.difference ?? 0));
}

function derived(t: MessageTools, f: Finding): string {
  return f.derivedFrom?.length ? ` This follows from the mistake in ${t.cells(f.derivedFrom)}; fix that first.` : "";
}

const FORMULA: Record<string, string> = {
  positive: "realisasi ÷ target × 100",
  "negative-permenpan": "(2 × target − realisasi) ÷ target × 100, a negative indicator",
  "negative-inverse": "target ÷ realisasi × 100, a negative indicator",
  grade: "a qualitative target met = 100%",
  range: "against the target range",
  mean: "this row has no target and realisasi of its own",
};

function formula(t: MessageTools, f: Finding): string {
  const key = t.text(f, "formula");
  const words = FORMULA[key] ?? key;
  const cap = t.num(f, "capAt");
  const capped = t.text(f, "capped") === "true" || t.num(f, "capped") === 1;
  const parts = [words, capped && cap !== undefined ? `capped at ${t.percent(cap)}` : ""].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function whenText(t: MessageTools, f: Finding): string {
  const p = t.text(f, "period");
  return p === "" || p === "annual" ? "annual" : t.period(p);
}

const DOCUMENT: Record<string, string> = {
  "perjanjian-kinerja": "Perjanjian Kinerja",
  "rencana-aksi": "Rencana Aksi",
  "pengukuran-kinerja": "Pengukuran Kinerja",
};

export const FINDINGS_EN: Record<FindingCode, FindingMessage> = {
  BUDGET_PERIOD_SUM: (f, t) => {
    const fam = family(t, f);
    if (t.text(f, "decrease"))
      return `The ${fam} ${periodOf(t, f, t.text(f, "decrease"))} (${t.rupiah(f.actual)}) is lower than ${periodOf(t, f, t.text(f, "previousPeriod"))} (${t.rupiah(f.expected)}), but a cumulative amount cannot go down. Check ${f.cell}.`;
    const sum = t.rupiah(t.num(f, "periodSum"));
    const annual = t.rupiah(t.num(f, "annual"));
    const gap = t.rupiah(Math.abs((t.num(f, "annual") ?? 0) - (t.num(f, "periodSum") ?? 0)));
    const head =
      t.num(f, "cumulative") === 1
        ? `The ${fam} ${periodOf(t, f, t.text(f, "lastPeriod"))} (${sum}) is not the annual ${fam} of ${annual} (a difference of ${gap}).`
        : `The ${periodRange(t, f)} ${fam} add up to ${sum}, not the annual ${fam} of ${annual} (a difference of ${gap}).`;
    if (f.derivedFrom?.length) return head + derived(t, f);
    const suspect = t.text(f, "suspect");
    if (suspect === "annual") return `${head} The rows above and below agree with ${sum}: correct the annual ${fam} in ${f.cell}.`;
    if (suspect) return `${head} The ${column(t, f, suspect)} (${t.rupiah(f.actual)}) is the one that does not fit: it should be ${t.rupiah(f.expected)}. Check ${f.cell}.`;
    return `${head} Check ${f.cell} and the amounts per period.`;
  },
  BUDGET_CHILD_SUM: (f, t) =>
    t.num(f, "blank") === 1
      ? `This ${level(t, f)}'s ${column(t, f)}${headerNote(t, f)} is empty, while the ${level(t, f, "memberLevel")} below it add up to ${t.rupiah(f.expected)}. Enter their sum in ${f.cell}.`
      : `This ${level(t, f)}'s ${column(t, f)}${headerNote(t, f)} (${t.rupiah(f.actual)}) is not the sum of the ${level(t, f, "memberLevel")} below it (${t.rupiah(f.expected)}), a difference of ${gap(t, f)}.` +
        (f.derivedFrom?.length ? derived(t, f) : ` Check ${f.cell} or the rows below it.`),
  BUDGET_TOTAL_SUM: (f, t) =>
    `The total row${headerNote(t, f)} (${t.rupiah(f.actual)}) is not the sum of the ${column(t, f)} of the ${level(t, f, "memberLevel")} rows above it (${t.rupiah(f.expected)}), a difference of ${gap(t, f)}.` +
    (f.derivedFrom?.length ? derived(t, f) : ` Check ${f.cell}.`),
  BUDGET_ZERO_WITH_TARGET: (f, t) => `This ${level(t, f)} has an anggaran of Rp 0 but has targets. Enter its anggaran in ${f.cell}, or make sure it really has no budget.`,
  REALISASI_ANGGARAN_EXCEEDS: (f, t) =>
    `The ${whenText(t, f)} realisasi anggaran (${t.rupiah(f.actual)}) is more than the anggaran (${t.rupiah(f.expected)}) by ${gap(t, f)}. Check ${f.cell}.`,
  SERAPAN_MISMATCH: (f, t) => {
    const amounts =
      t.num(f, "anggaran") !== undefined && t.num(f, "realisasiAnggaran") !== undefined ? ` (${t.rupiah(t.num(f, "realisasiAnggaran"))} ÷ ${t.rupiah(t.num(f, "anggaran"))})` : "";
    return `The serapan is written as ${t.percent(f.actual)}, but realisasi ÷ anggaran${amounts} is ${t.percent(f.expected)}. Correct ${f.cell}.`;
  },
  COLUMN_RULE_MISMATCH: (f, t) => {
    const shown = (v: number | undefined) => (t.num(f, "percent") === 1 ? t.percent(v) : t.number(v));
    return (
      `By the formula “${t.text(f, "formula")}” in the column-number row, ${f.cell} (column ${t.text(f, "column")}) should be ${shown(f.expected)}, computed from ${t.cells(t.text(f, "cells").split(", "))}, ` +
      `but it says ${shown(f.actual)}, a difference of ${shown(Math.abs(f.difference ?? 0))}.` +
      (f.derivedFrom?.length ? derived(t, f) : ` Correct ${f.cell} or the cells it is computed from.`)
    );
  },
  TARGET_PERIOD_SUM: (f, t) => {
    const unit = t.text(f, "unit");
    const shown = (v: number | undefined) => (unit === "%" ? t.percent(v) : unit ? `${t.number(v)} ${unit}` : t.number(v));
    const closest = t.text(f, "closest");
    const last = t.text(f, "measure") === "last";
    const period = t.text(f, "lastPeriod") ? `the ${t.period(t.text(f, "lastPeriod"))} target` : "the last period's target";
    const gap = f.difference !== undefined ? ` (off by ${shown(Math.abs(f.difference))})` : "";
    let nearest = "";
    if (t.text(f, "expectedGrade")) nearest = ` ${period.replace(/ target$/, " grade").replace(/^the /, "The ")} is ${t.text(f, "actualGrade")} while the annual target is ${t.text(f, "expectedGrade")}.`;
    else if (closest === "percentOfAnnual")
      nearest = last ? ` Read as percentages of the annual target, ${period} is ${t.percent(f.actual)} instead of 100%.` : ` Read as percentages of the annual target, they add up to ${t.percent(f.actual)} instead of 100%.`;
    else if (closest === "cumulative") nearest = ` Nearest, read as cumulative: ${period} is ${shown(f.actual)} but should equal the annual target ${shown(f.expected)}${gap}.`;
    else if (closest) nearest = ` Nearest, read as a split: the period targets add up to ${shown(f.actual)} instead of ${shown(f.expected)}${gap}.`;
    return (
      `The ${t.text(f, "periods") === "monthly" ? "monthly" : "quarterly"} targets (${t.text(f, "series")}) do not fit the annual target ${t.text(f, "annual")} ` +
      `whether read as cumulative, as a split, as constant or as percentages.${nearest} Check the annual target in ${f.cell} and the period targets beside it.`
    );
  },
  TARGET_CUMULATIVE_DECREASE: (f, t) =>
    `The cumulative target goes down in ${t.period(t.text(f, "period"))}: ${t.text(f, "value")} after ${t.text(f, "previousValue")} in ${t.period(t.text(f, "previousPeriod"))}. A cumulative target cannot go down; check ${f.cell}.`,
  CAPAIAN_MISMATCH: (f, t) => {
    if (t.text(f, "met") === "false")
      return `The ${whenText(t, f)} capaian is written as ${t.percent(f.actual)}, but the target ${t.text(f, "target")} was not met (realisasi ${t.text(f, "realisasi")}). A qualitative target is judged met or not met, not as a percentage. Correct ${f.cell}: write “Tidak tercapai” (not met), or explain in Keterangan how the capaian was computed.`;
    const children = t.num(f, "children");
    const basis = (
      {
        sum: "the sum of all periods' realisasi",
        last: "the last period's realisasi",
        realisasi: "the annual realisasi",
        children: `the mean capaian of the ${children ?? ""} rows under it`,
        "to-date": "the realisasi so far against the annual target",
        mean: "the mean of the period capaian",
      } as Record<string, string>
    )[t.text(f, "basis")];
    return (
      `The ${whenText(t, f)} capaian is written as ${t.percent(f.actual)} but should be ${t.percent(f.expected)}${formula(t, f)}${basis ? `, from ${basis}` : ""}. Correct ${f.cell}` +
      (f.severity === "warning" ? " (less than 1 point apart, possibly rounding)." : ".")
    );
  },
  CAPAIAN_NOT_COMPUTABLE: (f, t) => {
    const indikator = t.shorten(t.text(f, "indikator"));
    const of = indikator ? ` of “${indikator}”` : "";
    const realisasi = t.num(f, "realisasi") !== undefined ? t.number(t.num(f, "realisasi")) : t.text(f, "realisasi");
    if (t.text(f, "reason") === "grade-not-met") {
      const stated = f.actual !== undefined ? `the capaian ${t.percent(f.actual)} in ${f.cell} cannot be judged as a percentage` : `Cermat leaves ${f.cell} without a number`;
      return `The target ${t.text(f, "target")}${of} was not met (${whenText(t, f)}: realisasi ${realisasi}). A qualitative target is judged met or not met, so ${stated}. Write “Tidak tercapai” (not met), or state in Keterangan how a numeric capaian was computed.`;
    }
    const head = `The ${whenText(t, f)} capaian${of} cannot be computed from a target of 0 (realisasi ${realisasi}): every capaian formula of PermenPAN-RB 8/2021 divides by the target.`;
    if (f.actual !== undefined)
      return `${head} The ${t.percent(f.actual)} in ${f.cell} cannot be checked. State the convention used in Keterangan (e.g. “realisasi 0 against target 0 counts as 100%”), or set a measurable target.`;
    return `${head} Cermat leaves ${f.cell} empty. Fill it by the convention you use and state that convention in Keterangan, or set a measurable target.`;
  },
  INVALID_NUMBER: (f, t) => {
    const text = t.shorten(t.text(f, "text"));
    const role = t.role(t.text(f, "role"));
    switch (t.text(f, "reason")) {
      case "text":
        return `${f.cell} holds text (“${text}”) instead of a ${role} amount, so the budget sums cannot be checked. Enter a number, or move the note to the Keterangan column.`;
      case "date":
        return `${f.cell} holds a date (${text}), not a ${role} number. Excel probably turned what was typed into a date (1/4 becomes 1 April, for instance), so Cermat does not read it as a number. Set the cell's format to Number and type the value again.`;
      case "too-many-digits":
        return `The number in ${f.cell} (“${text}”) is too long: more than 15 significant digits, which not even Excel stores exactly, so Cermat does not read it as a ${role} number. Check the number; if it really is that large, write it with a scale word (Juta, M).`;
      case "too-large":
        return `The number in ${f.cell} (“${text}”) is too large to read as a ${role} number. Check it and type it again.`;
      default:
        return `${f.cell} (“${text}”) cannot be read as a ${role} number. Retype the number without other characters.`;
    }
  },
  FORMULA_NOT_CALCULATED: (f, t) => {
    const why = (
      {
        function: `Cermat does not compute the function ${t.text(f, "name")}`,
        reference: `Cermat does not compute the reference ${t.text(f, "reference")}`,
        "other-sheet": "it refers to another sheet",
        "text-result": "its result is text",
        cycle: "it refers to itself (a circular reference)",
        syntax: "Cermat cannot read the formula",
        depends: `it uses ${t.text(f, "source")}, which is not calculated either`,
      } as Record<string, string>
    )[t.text(f, "reason")];
    return (
      `The formula in ${f.cell} (${t.shorten(t.text(f, "formula"))}) was saved without its result (the file was written by another program, not saved by Excel)${why ? `, and ${why}` : ""}. ` +
      `Its ${t.role(t.text(f, "role"))} value is unknown, so the budget sums and capaian that use it were not checked. Open the file in Excel (or LibreOffice), save it, and check again.`
    );
  },
  MISSING_TARGET: (f, t) => `The indikator “${t.shorten(t.text(f, "indikator"))}” has no target, neither annual nor per period. Enter its target in ${f.cell}.`,
  MISSING_SATUAN: (f, t) => `The indikator “${t.shorten(t.text(f, "indikator"))}” has a target of ${t.text(f, "target")} but no satuan (unit). Enter it in ${f.cell}.`,
  MISSING_PENANGGUNG_JAWAB: (f, t) => {
    const block = t.text(f, "block");
    const what =
      block === "program" ? `the program “${t.shorten(t.text(f, "label"))}” and its rows` : block === "sasaran" ? `the sasaran “${t.shorten(t.text(f, "label"))}”` : "this table";
    return `No penanggung jawab is given for ${what}. Enter one in ${f.cell}.`;
  },
  REALISASI_ANNUAL_MISMATCH: (f, t) => {
    const satuan = t.text(f, "satuan");
    const shown = (v: number | undefined) => (satuan ? `${t.number(v)} ${satuan}` : t.number(v));
    const how: Record<string, string> = {
      sum: "the sum of the period realisasi",
      last: "the last period's realisasi",
      mean: "the mean of the period realisasi",
    };
    const why: Record<string, string> = {
      level: " This indikator is a level, index, score or percentage: its annual realisasi is where it stands at the end, not the periods added up.",
      flow: " This indikator is a count (documents, people, activities): its annual realisasi is the periods added up.",
      cumulative: " Its realisasi are written as running totals (s.d.): the annual realisasi is the last period.",
    };
    return (
      `The annual realisasi is written as ${t.text(f, "text") || shown(f.actual)}, but the period realisasi (${t.text(f, "series")}) give ${how[t.text(f, "basis")] ?? "an annual realisasi"} of ${shown(f.expected)}.` +
      `${why[t.text(f, "kind")] ?? ""} Correct ${f.cell}.`
    );
  },
  CROSS_SHEET_TARGET: (f, t) => {
    const doc = DOCUMENT[t.text(f, "otherDoc")] ?? "another sheet";
    if (t.text(f, "kind") === "anggaran") {
      return `The Jumlah anggaran in ${f.cell} (${t.rupiah(f.actual)}) differs from the Jumlah anggaran of the ${doc} in ${t.text(f, "other")} (${t.rupiah(f.expected)}), a difference of ${t.rupiah(Math.abs(f.difference ?? 0))}. Find which one is wrong and make them the same.`;
    }
    return `The annual target of “${t.shorten(t.text(f, "indikator"))}” in ${f.cell} (${t.text(f, "text")}) differs from the target in the ${doc}, ${t.text(f, "other")} (${t.text(f, "otherText")}). Make them the same; the Perjanjian Kinerja is the reference.`;
  },
  KODE_FORMAT: (f, t) => {
    const kode = t.text(f, "kode");
    const shape = `${level(t, f)} (${t.text(f, "shape")})`;
    switch (t.text(f, "kind")) {
      case "shape":
        return `The kode ${kode} in ${f.cell} does not have the shape of a ${shape} kode in Permendagri 90/2019. Correct it (a leading zero lost, or a part missing).`;
      case "level":
        return `The kode ${kode} in ${f.cell} has the shape of a ${level(t, f, "kodeLevel")} kode, but the row's name says ${level(t, f)}, whose kode is ${t.text(f, "shape")}. Check the kode or the name.`;
      case "parent":
        return `The ${level(t, f)} kode ${kode} in ${f.cell} does not start with the kode of the ${level(t, f, "parentLevel")} above it (${t.text(f, "parent")}, ${t.text(f, "parentCell")}). Correct the kode, or move the row under the right ${level(t, f, "parentLevel")}.`;
      case "duplicate":
        return `The kode ${kode} in ${f.cell} is already used in ${t.text(f, "firstCell")} in the same table. If both rows are the same ${level(t, f)}, merge them; if not, correct the kode.`;
    }
    return t.text(f, "shifted")
      ? `The kode in ${f.cell} (“${t.text(f, "text")}”) sits one column left of the column its part belongs in; Cermat reads it as ${t.text(f, "read")}, taking the leading part from the row above. Write each part of the kode in its own column.`
      : `The kode in ${f.cell} is written “${t.text(f, "text")}”; Cermat reads it as ${t.text(f, "read")}. Write the kode with dots between its parts (${t.text(f, "read")}), as in Permendagri 90/2019.`;
  },
  EFISIENSI: (f, t) => {
    const label = t.shorten(t.text(f, "label"));
    const of = label ? ` of “${label}”` : "";
    const capaian = t.percent(t.num(f, "capaian"));
    const serapan = t.percent(t.num(f, "serapan"));
    const amounts = ` (${t.rupiah(t.num(f, "realisasiAnggaran"))} of ${t.rupiah(t.num(f, "anggaran"))})`;
    return t.text(f, "direction") === "low-serapan"
      ? `The capaian${of} is ${capaian}, but only ${serapan} of its anggaran has been spent${amounts}: more than ${t.number(t.num(f, "gap"))} points below the capaian, with serapan under ${t.percent(t.num(f, "lowSerapan"))}. Check that the realisasi anggaran in ${f.cell} is fully recorded, or whether the target was set too low.`
      : `The serapan${of} is ${serapan}${amounts}, but its capaian is only ${capaian}: ${t.number(t.num(f, "gap"))} points or more below the serapan. The money was spent without matching performance; check the realisasi and the realisasi anggaran (${f.cell}), or explain why in Keterangan.`;
  },
  PREDIKAT_MISMATCH: (f, t) => {
    const capaian = t.percent(t.num(f, "capaian"));
    const from = t.text(f, "source") === "stated" ? `the stated capaian of ${capaian}` : `a capaian of ${capaian} (from target and realisasi)`;
    return `The predikat in ${f.cell} reads “${t.shorten(t.text(f, "text"))}”, but ${from} is “${t.text(f, "expectedId")}” (${t.text(f, "expectedEn")}) on the predikat scale in Settings. Correct the predikat, or change the scale in Settings if your agency uses another one.`;
  },
  ANGGARAN_WITHOUT_INDIKATOR: (f, t) => {
    const label = t.shorten(t.text(f, "label"));
    const of = label ? ` “${label}”` : "";
    const amount = f.actual !== undefined ? ` (${t.rupiah(f.actual)})` : "";
    return t.text(f, "missing") === "satuan"
      ? `Sub kegiatan${of} has an anggaran${amount}, and its indikator “${t.shorten(t.text(f, "indikator"))}” has no satuan. Fill in the unit in ${f.cell}, so the output paid for can be measured.`
      : `Sub kegiatan${of} has an anggaran${amount} but no indikator. Fill in its output indikator in ${f.cell}, so the money can be accounted for by performance.`;
  },
  REALISASI_MISSING: (f, t) => {
    const indikator = t.shorten(t.text(f, "indikator") || t.text(f, "label"));
    const of = indikator ? ` of “${indikator}”` : "";
    return `The ${t.period(t.text(f, "period"))} target${of} (${t.text(f, "target")}) has no realisasi, although other rows already report ${t.period(t.text(f, "period"))}. Fill in the realisasi in ${f.cell}, or note why the data is not available yet.`;
  },
  REALISASI_CUMULATIVE_DECREASE: (f, t) =>
    `The cumulative realisasi goes down in ${t.period(t.text(f, "period"))}: ${t.text(f, "value")} after ${t.text(f, "previousValue")} in ${t.period(t.text(f, "previousPeriod"))}. A realisasi written cumulatively (up to the period) cannot go down; check ${f.cell}: it may hold that period's own result.`,
};
