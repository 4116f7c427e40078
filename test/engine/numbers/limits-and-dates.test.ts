/**
 * Numbers a double cannot hold, and dates where a number belongs (issue 10, "Numbers"): never
 * Infinity, never another amount, never a date's serial number read as rupiah.
 */
import type { GridCell, ParsedValue, Role } from "../../../src/engine/model";
import { parseColumn, parseValue } from "../../../src/engine/numbers";

const typed = (text: string, role: Role = "anggaran"): ParsedValue => parseValue({ value: text }, { role });
const invalid = (text: string, reason: string): ParsedValue => ({ kind: "invalid", text, reason });

/** Every number anywhere in a parsed value is finite. */
function allFinite(v: ParsedValue): boolean {
  if (v.kind === "number") return Number.isFinite(v.value);
  if (v.kind === "range") return Number.isFinite(v.low) && Number.isFinite(v.high);
  return true;
}

describe("more significant digits than Excel keeps (15)", () => {
  it.each<[string, Role]>([
    ["1.234.567.890.123.456.789", "anggaran"],
    ["Rp 1.234.567.890.123.456,-", "anggaran"],
    ["1234567890123456", "anggaran"],
    ["12,345,678,901,234,567", "realisasi_anggaran"],
    ["0,1234567890123456", "target"],
    ["1.234.567.890.123,4567%", "capaian"],
  ])("%s → INVALID (too-many-digits), not a rounded amount", (text, role) => {
    expect(typed(text, role)).toEqual(invalid(text, "too-many-digits"));
  });

  it.each<[string, number]>([
    // Fifteen significant digits are exact; zeros at either end are not significant.
    ["123.456.789.012.345", 123_456_789_012_345],
    ["Rp 1.000.000.000.000.000.000,-", 1e18],
    ["45.865.000", 45_865_000],
    ["0,000125", 0.000125],
  ])("%s is still read (%d)", (text, value) => {
    expect(typed(text)).toMatchObject({ kind: "number", value });
  });

  it("reads the rest of the column as before: one long cell does not change the convention", () => {
    const cells: GridCell[] = ["45.865.000", "1.234.567.890.123.456.789", "1.500"].map((value) => ({ value }));
    expect(parseColumn(cells, { role: "anggaran" })).toEqual([
      { kind: "number", value: 45_865_000, decimals: 0 },
      invalid("1.234.567.890.123.456.789", "too-many-digits"),
      { kind: "number", value: 1500, decimals: 0 },
    ]);
  });
});

describe("values that overflow a number are never Infinity", () => {
  const runOf = (n: number): string => "1" + "0".repeat(n - 1);

  it("a run of more than 308 digits is too large", () => {
    const text = runOf(400);
    expect(typed(text)).toEqual(invalid(text, "too-large"));
  });

  it("a scale word that pushes a long amount past the largest number is too large", () => {
    const text = `${runOf(300)} triliun`;
    expect(typed(text)).toEqual(invalid(text, "too-large"));
  });

  it("a range with an end past the largest number is too large", () => {
    const text = `1 - ${runOf(320)}`;
    expect(typed(text, "target")).toEqual(invalid(text, "too-large"));
  });

  it("a stored Infinity (a broken adapter or a formula) is not an amount", () => {
    expect(parseValue({ value: Number.POSITIVE_INFINITY }, { role: "anggaran" })).toMatchObject({ kind: "invalid", reason: "too-large" });
  });

  it.each<[string, string]>([
    ["309 nines", "9".repeat(309)],
    ["200 nines and M", `${"9".repeat(200)} M`],
    ["Rp, 500 nines, ,-", "Rp " + "9".repeat(500) + ",-"],
    ["1,5 triliun", "1,5 triliun"],
  ])("%s reads to a finite value or an invalid one", (_label, text) => {
    expect(allFinite(typed(text))).toBe(true);
  });
});

describe("dates in number columns", () => {
  it.each<[GridCell, string]>([
    // `1/4` typed for a quarter, turned by Excel into 1 April and shown as a date.
    [{ value: 45383, format: "dd/mm/yyyy", text: "01/04/2024" }, "01/04/2024"],
    [{ value: 45383, format: "d-mmm", text: "1-Apr" }, "1-Apr"],
    [{ value: 45383, format: "[$-421]dd mmmm yyyy", text: "01 April 2024" }, "01 April 2024"],
    [{ value: 45383, format: "m/d/yyyy", text: "4/1/2024" }, "4/1/2024"],
    // The adapter gave no text: the date is named from its serial number.
    [{ value: 45383, format: "dd/mm/yyyy" }, "01/04/2024"],
    [{ value: 45383, format: "yyyy-mm-dd", text: "45383" }, "01/04/2024"],
    // A date cell whose format did not come through, shown by the file adapter in ISO form.
    [{ value: 45383, text: "2024-04-01" }, "2024-04-01"],
  ])("a stored date %j is named as %s, not read as an amount", (cell, shown) => {
    expect(parseValue(cell, { role: "anggaran_tw2" })).toEqual(invalid(shown, "date"));
  });

  it.each(["01/04/2024", "1/4/24", "31-12-2024", "2024-04-01", "01.04.2024", "1 April 2024", "3 Mei 2024", "01-Apr-2024", "17 Agustus 45"])(
    "date text %s in a target or anggaran column is a date",
    (text) => {
      expect(typed(text, "target_tw1")).toEqual(invalid(text, "date"));
      expect(typed(text, "anggaran")).toEqual(invalid(text, "date"));
    },
  );

  it.each<[string, ParsedValue]>([
    // Amounts and targets that only look a little like dates stay what they are.
    ["1.500.000", { kind: "number", value: 1_500_000, decimals: 0 }],
    ["12,5", { kind: "number", value: 12.5, decimals: 1 }],
    ["12 Bulan", { kind: "number", value: 12, decimals: 0, unit: "Bulan" }],
    ["3 KOP", { kind: "number", value: 3, decimals: 0, unit: "KOP" }],
    ["80-90%", { kind: "range", low: 80, high: 90, percent: true }],
  ])("%s is not a date", (text, expected) => {
    expect(typed(text, "target")).toEqual(expected);
  });

  it("a number under a number format is still a number, a percent still a percent", () => {
    expect(parseValue({ value: 45383, format: "#,##0" }, { role: "anggaran" })).toEqual({ kind: "number", value: 45383, decimals: 0 });
    expect(parseValue({ value: 0.25, format: "0%" }, { role: "capaian" })).toEqual({ kind: "number", value: 25, decimals: 0, percent: true });
    expect(parseValue({ value: 45383, format: '"Rp"#,##0;[Red]-"Rp"#,##0' }, { role: "anggaran" })).toMatchObject({ kind: "number", value: 45383 });
  });
});

describe("formulas saved without their result", () => {
  it("are unknown, not empty, where the engine could not compute them", () => {
    expect(parseValue({ value: null, formula: "=VLOOKUP(A1,B:C,2,FALSE)" }, { role: "anggaran" })).toEqual(
      invalid("=VLOOKUP(A1,B:C,2,FALSE)", "formula-not-calculated"),
    );
  });

  it("a formula with a result (also an empty one shown by Excel) is read from that result", () => {
    expect(parseValue({ value: 1500, formula: "=SUM(K6:K7)" }, { role: "anggaran" })).toMatchObject({ kind: "number", value: 1500 });
    expect(parseValue({ value: null, text: "", formula: '=IF(K6=0,"",K6)' }, { role: "anggaran" })).toEqual({ kind: "empty" });
  });
});
