import { toA1, type SheetSpec, type SpecCell } from "../../src/engine/model";
import {
  TEMPLATES,
  TemplateError,
  bulananFrame,
  pengukuranFrame,
  rencanaAksiFrame,
  type TemplateFrame,
  type TemplateOptions,
} from "../../src/engine/templates";

const OPTIONS: TemplateOptions = { instansi: "Dinas Koperasi dan UKM", tahun: 2024, pemerintah: "Pemerintah Kabupaten Lombok Tengah" };

const FRAMES: Array<[string, (o: TemplateOptions) => TemplateFrame]> = [
  ["rencana-aksi", rencanaAksiFrame],
  ["pengukuran", pengukuranFrame],
  ["bulanan", bulananFrame],
];

function cellOf(spec: SheetSpec, address: { row: number; col: number }): SpecCell | undefined {
  return spec.cells.find((c) => c.row === address.row && c.col === address.col);
}

function textAt(spec: SheetSpec, row: number, col: number): string {
  const cell = cellOf(spec, { row, col });
  return cell?.value === undefined || cell.value === null ? "" : String(cell.value);
}

/** Function names used in a formula (`SUM(`, `IF(`…). */
function functionsIn(formula: string): string[] {
  return [...formula.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

describe.each(FRAMES)("template %s", (_id, build) => {
  const frame = build(OPTIONS);
  const { spec } = frame;
  const width = spec.columnWidths.length;

  it("opens with a kop naming the government, the agency and the year", () => {
    expect(textAt(spec, 0, 0)).toBe("PEMERINTAH KABUPATEN LOMBOK TENGAH");
    expect(textAt(spec, 1, 0)).toBe("DINAS KOPERASI DAN UKM");
    expect(textAt(spec, 2, 0)).toMatch(/TAHUN 2024$/);
    for (const row of [0, 1, 2]) expect(spec.merges).toContainEqual({ top: row, left: 0, bottom: row, right: width - 1 });
  });

  it("numbers its columns 1…n under the header", () => {
    const numbers = Array.from({ length: width }, (_, c) => cellOf(spec, { row: frame.columnNumberRow, col: c })?.value);
    expect(numbers).toEqual(Array.from({ length: width }, (_, c) => c + 1));
  });

  it("merges single headers down both header rows and parents across their children", () => {
    const vertical = spec.merges.filter((m) => m.top === frame.headerTop && m.bottom === frame.headerBottom);
    const parents = spec.merges.filter((m) => m.top === frame.headerTop && m.bottom === frame.headerTop);
    const covered = new Set<number>();
    for (const m of [...vertical, ...parents]) for (let c = m.left; c <= m.right; c++) covered.add(c);
    expect(covered.size).toBe(width);
    for (const p of parents) expect(textAt(spec, frame.headerTop, p.left)).not.toBe("");
  });

  it("offers Satuan and Polaritas drop-downs over every body row", () => {
    const first = frame.body[0].row;
    const last = frame.body[frame.body.length - 1].row;
    const satuan = spec.validations.find((v) => v.left === frame.at("satuan"));
    const polaritas = spec.validations.find((v) => v.left === frame.at("polaritas"));
    expect(satuan).toMatchObject({ top: first, bottom: last });
    expect(satuan?.list).toEqual(expect.arrayContaining(["Persen", "Dokumen", "Laporan", "Orang", "Unit", "Kegiatan", "Paket"]));
    expect(polaritas?.list).toEqual(["Positif", "Negatif"]);
    expect(satuan!.list.join(",").length).toBeLessThanOrEqual(255);
  });

  it("freezes the header and prints landscape, fit to width, repeating the header rows", () => {
    expect(spec.freeze).toEqual({ rows: frame.columnNumberRow + 1, cols: 0 });
    expect(spec.print).toEqual({ orientation: "landscape", paper: "F4", fitToWidth: true, repeatRows: [frame.headerTop, frame.columnNumberRow] });
    expect(build({ ...OPTIONS, kertas: "A4" }).spec.print.paper).toBe("A4");
  });

  it("uses only functions Excel 2016 knows", () => {
    const allowed = new Set(["SUM", "IF", "AND", "OR", "ISNUMBER", "MIN", "MAX", "ROUND", "COUNT"]);
    const used = new Set(spec.cells.flatMap((c) => (c.formula ? functionsIn(c.formula) : [])));
    expect(used.size).toBeGreaterThan(0);
    for (const fn of used) expect(allowed).toContain(fn);
  });

  it("sums anggaran up the tree: kegiatan from sub kegiatan, program from kegiatan, Jumlah from programs", () => {
    const col = frame.at("anggaran");
    for (const row of frame.body.filter((b) => b.kind === "kegiatan" || b.kind === "program")) {
      const formula = cellOf(spec, { row: row.row, col })?.formula ?? "";
      const referenced = [...formula.matchAll(/[A-Z]+(\d+)(?::[A-Z]+(\d+))?/g)].flatMap((m) => {
        const from = Number(m[1]) - 1;
        const to = m[2] ? Number(m[2]) - 1 : from;
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      });
      expect(referenced).toEqual(row.children);
    }
    const programs = frame.body.filter((b) => b.kind === "program").map((b) => toA1(b.row, col));
    expect(cellOf(spec, { row: frame.totalRow, col })?.formula).toBe(`=SUM(${programs.join(",")})`);
    expect(textAt(spec, frame.totalRow, 0)).toBe("Jumlah");
  });

  it("ends with a signature block: place and date, jabatan, name, NIP", () => {
    const texts = spec.cells.filter((c) => c.row >= frame.signatureTop).map((c) => String(c.value ?? ""));
    expect(texts[0]).toMatch(/, .* 2024$/);
    expect(texts).toContain("Kepala Dinas Koperasi dan UKM");
    expect(texts.some((t) => t.startsWith("NIP."))).toBe(true);
  });

  it("grows with the rows asked for", () => {
    const bigger = build({ ...OPTIONS, programs: 2, kegiatan: 3, rows: 5 });
    expect(bigger.body.filter((b) => b.kind === "subkegiatan")).toHaveLength(2 * 3 * 5);
    expect(bigger.body.filter((b) => b.kind === "program")).toHaveLength(2);
  });
});

describe("Rencana Aksi triwulan", () => {
  const frame = rencanaAksiFrame(OPTIONS);
  const { spec } = frame;

  it("follows the PermenPAN-RB 53/2014 column order", () => {
    const headers = spec.columnWidths.map((_, c) => textAt(spec, frame.headerBottom, c) || textAt(spec, frame.headerTop, c));
    expect(headers).toEqual([
      "No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Polaritas", "Target Tahunan",
      "I", "II", "III", "IV", "Kode", "Program/Kegiatan/Sub Kegiatan", "Anggaran (Rp)",
      "I", "II", "III", "IV", "Penanggung Jawab", "Keterangan",
    ]);
    expect(textAt(spec, frame.headerTop, frame.at("target_tw1"))).toBe("Target per Triwulan");
    expect(textAt(spec, frame.headerTop, frame.at("anggaran_tw1"))).toBe("Anggaran per Triwulan (Rp)");
  });

  it("makes a sub kegiatan's annual anggaran the SUM of its quarters, shown in Rupiah", () => {
    const sub = frame.body.find((b) => b.kind === "subkegiatan")!;
    const cell = cellOf(spec, { row: sub.row, col: frame.at("anggaran") });
    expect(cell?.formula).toBe(`=SUM(${toA1(sub.row, frame.at("anggaran_tw1"))}:${toA1(sub.row, frame.at("anggaran_tw4"))})`);
    expect(cell?.format).toBe('"Rp"#,##0');
    expect(cellOf(spec, { row: sub.row, col: frame.at("anggaran_tw2") })).toMatchObject({ style: "rupiah", format: '"Rp"#,##0' });
  });
});

describe("Pengukuran Kinerja", () => {
  const frame = pengukuranFrame(OPTIONS);
  const { spec } = frame;
  const row = frame.body.find((b) => b.kind === "subkegiatan")!.row;
  const at = (id: string): string => toA1(row, frame.at(id));

  it("computes capaian per TW from target and realisasi, polarity-aware and guarded against a zero target", () => {
    const formula = cellOf(spec, { row, col: frame.at("capaian_tw2") })?.formula;
    const t = at("target_tw2");
    const r = at("realisasi_tw2");
    expect(formula).toBe(`=IF(AND(ISNUMBER(${t}),ISNUMBER(${r})),IF(${t}=0,"",IF($E${row + 1}="Negatif",MAX(0,2-${r}/${t}),${r}/${t})),"")`);
    expect(cellOf(spec, { row, col: frame.at("capaian_tw2") })?.format).toBe("0.00%");
  });

  it("grades the annual capaian on the default predikat scale", () => {
    const formula = cellOf(spec, { row, col: frame.at("predikat") })?.formula ?? "";
    expect(formula).toContain(`${at("capaian")}>=0.91,"Sangat Tinggi"`);
    expect(formula).toContain(`>=0.76,"Tinggi"`);
    expect(formula).toContain(`>=0.66,"Sedang"`);
    expect(formula).toContain(`>=0.51,"Rendah","Sangat Rendah"`);
  });

  it("leaves realisasi for staff to type", () => {
    expect(cellOf(spec, { row, col: frame.at("realisasi_tw1") })).toMatchObject({ style: "number" });
    expect(cellOf(spec, { row, col: frame.at("realisasi_tw1") })?.formula).toBeUndefined();
  });
});

describe("template registry and options", () => {
  it("lists three templates with Indonesian and English labels", () => {
    expect(Object.keys(TEMPLATES)).toEqual(["rencana-aksi", "pengukuran", "bulanan"]);
    for (const entry of Object.values(TEMPLATES)) {
      expect(entry.label.id).not.toBe("");
      expect(entry.label.en).not.toBe("");
      expect(entry.build(OPTIONS).cells.length).toBeGreaterThan(100);
    }
  });

  it.each([
    [{ ...OPTIONS, instansi: "  " }, "INSTANSI_EMPTY"],
    [{ ...OPTIONS, tahun: 24 }, "TAHUN_INVALID"],
    [{ ...OPTIONS, tahun: 2024.5 }, "TAHUN_INVALID"],
    [{ ...OPTIONS, rows: 0 }, "ROWS_INVALID"],
    [{ ...OPTIONS, kegiatan: 1000 }, "ROWS_INVALID"],
  ])("rejects bad options with a bilingual message (%#)", (options, code) => {
    expect(() => rencanaAksiFrame(options)).toThrow(TemplateError);
    try {
      rencanaAksiFrame(options);
    } catch (e) {
      expect((e as TemplateError).code).toBe(code);
      expect((e as TemplateError).message).toMatch(/ \/ /);
    }
  });
});
