/**
 * The dot/comma convention is decided per column from all its values, never per cell: the same
 * `1.500` or `45,865` means different things in different columns.
 */
import type { GridCell, ParsedValue, Role } from "../../../src/engine/model";
import { detectConvention, parseColumn } from "../../../src/engine/numbers";

const column = (texts: string[], role?: Role, scale?: number): ParsedValue[] => parseColumn(texts.map((value): GridCell => ({ value })), { role, scale });
const valuesOf = (parsed: ParsedValue[]): Array<number | string> => parsed.map((p) => (p.kind === "number" ? p.value : p.kind));

describe("detectConvention", () => {
  it.each<[string, string[], "id" | "en" | undefined]>([
    ["Lombok Tengah's anggaran (comma thousands)", ["32,535,393", "2,944,920", "27,677,973", "1,912,500", "-"], "en"],
    ["Bone's anggaran (dot thousands, ,- suffix)", ["Rp. 45.865.000,-", "Rp.150.825.000 ,-", "Rp. 0,-"], "id"],
    ["Buleleng's anggaran", ["310.900.622", "107.078.425", "161.426.560"], "id"],
    ["Lombok Tengah's targets: 16%, 0.37, 2%", ["16%", "0.37", "2%"], "en"],
    ["Nganjuk's targets (decimal commas)", ["21,25 %", "0,5%", "11,2%", "4,8%", "-"], "id"],
    ["Bone's capaian", ["53%", "99,50%", "11,76%", "100%"], "id"],
    ["only ambiguous values", ["1.234", "45.865"], undefined],
    ["nothing with a separator", ["30", "-", "120", "B"], undefined],
    ["a tie", ["0.37", "11,76"], undefined],
    ["a clear majority over a stray", ["1.250.000", "2.500.000", "0.5"], "id"],
  ])("%s", (_name, texts, expected) => {
    expect(detectConvention(texts)).toBe(expected);
  });
});

describe("parseColumn reads ambiguous cells by the column's convention", () => {
  it("an English anggaran column: 1,500 is one thousand five hundred", () => {
    expect(valuesOf(column(["32,535,393", "2,944,920", "1,500", "-"], "anggaran"))).toEqual([32_535_393, 2_944_920, 1500, "empty"]);
  });

  it("an Indonesian anggaran column: 45.865 is forty-five thousand", () => {
    expect(valuesOf(column(["45.865.000", "45.865", "-"], "anggaran"))).toEqual([45_865_000, 45_865, "empty"]);
  });

  it("an English target column: 1.500 next to 0.37 and 0.25 is one and a half", () => {
    expect(valuesOf(column(["0.37", "0.25", "1.500"], "target"))).toEqual([0.37, 0.25, 1.5]);
  });

  it("an Indonesian target column: 1.500 next to 11,76 and 0,5 is one thousand five hundred", () => {
    expect(valuesOf(column(["11,76", "0,5", "1.500"], "target"))).toEqual([11.76, 0.5, 1500]);
  });

  it("reads the same text differently in two columns", () => {
    const en = column(["2,944,920", "1,250"], "target");
    const id = column(["2.944.920", "1,250"], "target");
    expect(en[1]).toEqual({ kind: "number", value: 1250, decimals: 0 });
    expect(id[1]).toEqual({ kind: "number", value: 1.25, decimals: 3 });
  });

  it("keeps a cell that decides by itself, even against the majority", () => {
    expect(valuesOf(column(["1.250.000", "2.500.000", "0.5"], "target"))).toEqual([1_250_000, 2_500_000, 0.5]);
  });
});

describe("ties fall back by role", () => {
  it.each<[string, Role | undefined, string, number]>([
    ["rupiah are whole: a dot before three digits is thousands", "anggaran", "45.865", 45_865],
    ["rupiah are whole: so is a comma", "anggaran_tw1", "45,865", 45_865],
    ["realisasi anggaran too", "realisasi_anggaran", "1,250", 1250],
    ["a capaian is a percentage: the separator is decimal", "capaian_tw1", "83,333", 83.333],
    ["a capaian with a dot", "capaian", "83.333", 83.333],
    ["a typed percentage in a target column", "target", "83.333%", 83.333],
    ["counts fall back to Indonesian: dot thousands", "target", "1.500", 1500],
    ["counts fall back to Indonesian: comma decimal", "target_tw2", "1,250", 1.25],
    ["no role at all: Indonesian", undefined, "2.500", 2500],
  ])("%s (%s %s)", (_why, role, text, value) => {
    expect(valuesOf(column([text, "-", "30"], role))).toEqual([value, "empty", 30]);
  });

  it("a scaled budget column (Rp. (juta)) may hold decimals: the tie falls back to Indonesian", () => {
    expect(valuesOf(column(["45,865", "12"], "anggaran", 1e6))).toEqual([45_865_000, 12_000_000]);
  });
});

describe("the seeds' columns read whole", () => {
  it("Lombok Tengah's anggaran per triwulan (text typed the English way)", () => {
    expect(valuesOf(column(["2,944,920", "2,849,164", "10,686,962", "-", "5,400,000", "0"], "anggaran_tw1"))).toEqual([2_944_920, 2_849_164, 10_686_962, "empty", 5_400_000, 0]);
  });

  it("Nganjuk's Target Kinerja I with the extraction's broken cells", () => {
    const parsed = column(["21,2 5%", "21,25 %", "2", "0,5%", "-", "21,25%"], "target_tw1");
    expect(parsed.map((p) => p.kind)).toEqual(["invalid", "number", "number", "number", "empty", "number"]);
    expect(valuesOf(parsed)).toEqual(["invalid", 21.25, 2, 0.5, "empty", 21.25]);
  });

  it("Bone's realisasi TW 4 with the stray backtick", () => {
    expect(column(["11`,76%", "99,50%", "-"], "realisasi_tw4")).toEqual([
      { kind: "invalid", text: "11`,76%", reason: "stray-character" },
      { kind: "number", value: 99.5, decimals: 2, percent: true },
      { kind: "empty" },
    ]);
  });

  it("returns one value per cell, null cells as empty", () => {
    expect(parseColumn([null, { value: "30%" }, null], { role: "target" })).toEqual([{ kind: "empty" }, { kind: "number", value: 30, decimals: 0, percent: true }, { kind: "empty" }]);
  });
});

describe("a column of names and words reads no number out of its text", () => {
  it("an indikator, a program or a penanggung jawab with digits in it is text", () => {
    expect(column(["50 UMKM", "80,00%", "Jumlah koperasi dibina 2024", "01/04/2024"], "indikator")).toEqual([
      { kind: "text", text: "50 UMKM" },
      { kind: "text", text: "80,00%" },
      { kind: "text", text: "Jumlah koperasi dibina 2024" },
      { kind: "text", text: "01/04/2024" },
    ]);
    expect(valuesOf(column(["1.02.01 Program Penunjang", "Kegiatan 2"], "program"))).toEqual(["text", "text"]);
    expect(valuesOf(column(["Kabid 1", "Sekretaris"], "penanggung_jawab"))).toEqual(["text", "text"]);
  });

  it("its dashes and n/a are still empty, and a stored number still a number", () => {
    expect(valuesOf(parseColumn([{ value: "-" }, { value: "N/A" }, { value: "Rp -" }, { value: 3, text: "3" }, { value: " – " }], { role: "no" }))).toEqual(["empty", "empty", "empty", 3, "empty"]);
  });

  it("the same digits in a number column (or one of unknown role) are read", () => {
    expect(column(["50 UMKM"], "target")).toEqual([{ kind: "number", value: 50, decimals: 0, unit: "UMKM" }]);
    expect(valuesOf(column(["80,00%"]))).toEqual([80]);
  });
});
