/**
 * Numbers the spreadsheet stores as numbers: the value is exact, the number format or the
 * displayed text says whether it is a percentage and how many decimals the person sees.
 */
import type { GridCell, ParsedValue } from "../../../src/engine/model";
import { parseColumn, parseValue } from "../../../src/engine/numbers";

describe("format-driven cells", () => {
  it.each<[string, GridCell, ParsedValue]>([
    ["0.3 with 0% shows 30%", { value: 0.3, format: "0%" }, { kind: "number", value: 30, decimals: 0, percent: true }],
    ["0.1176 with 0.00% shows 11,76%", { value: 0.1176, format: "0.00%" }, { kind: "number", value: 11.76, decimals: 2, percent: true }],
    ["0.995 with 0.0% shows 99,5%", { value: 0.995, format: "0.0%" }, { kind: "number", value: 99.5, decimals: 1, percent: true }],
    ["0.2125 with 0.00% (Nganjuk)", { value: 0.2125, format: "0.00%", text: "21.25%" }, { kind: "number", value: 21.25, decimals: 2, percent: true }],
    ["45865000 with #,##0", { value: 45_865_000, format: "#,##0" }, { kind: "number", value: 45_865_000, decimals: 0 }],
    ["45865000 with a Rp format", { value: 45_865_000, format: '"Rp"#,##0.00;[Red]-"Rp"#,##0.00' }, { kind: "number", value: 45_865_000, decimals: 2 }],
    ["a bracketed currency format", { value: 1_250_000, format: "[$Rp-421]#,##0" }, { kind: "number", value: 1_250_000, decimals: 0 }],
    ["77.5 in General", { value: 77.5, format: "General" }, { kind: "number", value: 77.5, decimals: 1 }],
    ["77.5 without format", { value: 77.5 }, { kind: "number", value: 77.5, decimals: 1 }],
    ["General showing 53% (text decides)", { value: 0.53, text: "53%" }, { kind: "number", value: 53, decimals: 0, percent: true }],
    ["General showing 77,50", { value: 77.5, text: "77,50" }, { kind: "number", value: 77.5, decimals: 2 }],
    ["General showing 1,250 for 1250", { value: 1250, text: "1,250" }, { kind: "number", value: 1250, decimals: 0 }],
    ["General showing 1,250 for 1.25", { value: 1.25, text: "1,250" }, { kind: "number", value: 1.25, decimals: 3 }],
    ["General showing 45865000 (plain digits)", { value: 45_865_000, text: "45865000" }, { kind: "number", value: 45_865_000, decimals: 0 }],
    ["General showing -3", { value: -3, format: "General", text: "-3" }, { kind: "number", value: -3, decimals: 0 }],
    ["General showing 0", { value: 0, text: "0" }, { kind: "number", value: 0, decimals: 0 }],
    ["General showing 12 for 12.4 (the text says the decimals shown)", { value: 12.4, text: "12" }, { kind: "number", value: 12.4, decimals: 0 }],
    ["General showing 45383 under no date format is a number", { value: 45383, text: "45383" }, { kind: "number", value: 45383, decimals: 0 }],
    ["0 with 0.00%", { value: 0, format: "0.00%" }, { kind: "number", value: 0, decimals: 2, percent: true }],
    ["a negative percentage", { value: -0.025, format: "0.0%" }, { kind: "number", value: -2.5, decimals: 1, percent: true }],
    ["a formula's cached result", { value: 0.833333333333, format: "0.00%", formula: "=F12/E12" }, { kind: "number", value: 83.3333333333, decimals: 2, percent: true }],
  ])("%s", (_name, cell, expected) => {
    expect(parseValue(cell, { role: "capaian" })).toEqual(expected);
  });

  it("reads a whole number in General the same with or without its displayed digits, scaled by the header", () => {
    for (const value of [0, 7, -3, 1_250_000, 999_999_999_999]) {
      for (const scale of [1, 1e3, 1e6]) {
        const withText = parseColumn([{ value, text: String(value) }], { role: "anggaran", scale });
        const without = parseColumn([{ value }], { role: "anggaran", scale });
        expect(withText).toEqual(without);
        expect(withText).toEqual([{ kind: "number", value: value * scale + 0, decimals: 0 }]);
      }
    }
  });

  it("reads a boolean as text rather than a number", () => {
    expect(parseValue({ value: true })).toEqual({ kind: "text", text: "TRUE" });
  });

  it("reads the shown text of a cell whose value is missing", () => {
    expect(parseValue({ value: null, text: "30%" })).toEqual({ kind: "number", value: 30, decimals: 0, percent: true });
  });

  it("mixes stored numbers and typed text in one column (Lombok Tengah's anggaran)", () => {
    const parsed = parseColumn([{ value: 32_535_393, format: "#,##0" }, { value: "2,944,920" }, { value: "1,500" }, { value: "-" }], { role: "anggaran" });
    expect(parsed.map((p) => (p.kind === "number" ? p.value : p.kind))).toEqual([32_535_393, 2_944_920, 1500, "empty"]);
  });
});

describe("a column reads each distinct stored value once", () => {
  it("the same value under the same format reads the same, and the cells share that reading", () => {
    const cells: GridCell[] = [
      { value: 45_865_000, format: "#,##0" },
      { value: 45_865_000, format: "#,##0" },
      { value: 45_865_000, format: "#,##0.00" },
      { value: 100, text: "100" },
      { value: 100, text: "100" },
    ];
    const [a, b, c, d, e] = parseColumn(cells, { role: "anggaran" });
    expect([a, b, c, d, e]).toEqual(cells.map((cell) => parseValue(cell, { role: "anggaran" })));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(e).toBe(d);
  });

  it("General numbers whose text says more (decimals, percent, a date) are read cell by cell", () => {
    const cells: GridCell[] = [
      { value: 0.53, text: "53%" },
      { value: 0.53, text: "0,53" },
      { value: 12.4, text: "12" },
      { value: 12.4, text: "12,4" },
      { value: 45383, text: "01/04/2024" },
      { value: 45383, text: "45383" },
    ];
    expect(parseColumn(cells, { role: "target" })).toEqual(cells.map((cell) => parseValue(cell, { role: "target" })));
    expect(parseColumn(cells, { role: "target" }).map((v) => v.kind)).toEqual(["number", "number", "number", "number", "invalid", "number"]);
  });

  it("-0 reads as 0, shared or not", () => {
    const cells: GridCell[] = [{ value: 0, format: "#,##0" }, { value: -0, format: "#,##0" }];
    expect(parseColumn(cells, { role: "anggaran" })).toEqual(cells.map((cell) => parseValue(cell, { role: "anggaran" })));
    expect(Object.is((parseValue(cells[1], { role: "anggaran" }) as { value: number }).value, 0)).toBe(true);
  });
});
