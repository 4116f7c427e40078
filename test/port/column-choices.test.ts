import {
  COLUMNS_SHEET,
  ColumnChoicesFormatError,
  decodeColumnChoices,
  encodeColumnChoices,
  isCermatSheet,
  isColumnLetter,
  withSheetChoices,
} from "../../src/port/column-choices";
import { LEDGER_SHEET } from "../../src/port/marks-ledger";

describe("the column choices sheet format", () => {
  it("round-trips every sheet's choices, one row per column, header first", () => {
    const all = { "Renaksi 2022": { K: "none" as const, E: "anggaran" as const, AA: "keterangan" as const }, "PK 2022": { F: "target_periode" as const } };
    const rows = encodeColumnChoices(all);
    expect(rows[0]).toEqual(["sheet", "column", "role", "cermat-columns-v1"]);
    expect(rows.slice(1)).toEqual([
      ["PK 2022", "F", "target_periode", ""],
      ["Renaksi 2022", "E", "anggaran", ""],
      ["Renaksi 2022", "K", "none", ""],
      ["Renaksi 2022", "AA", "keterangan", ""],
    ]);
    expect(decodeColumnChoices(rows)).toEqual(all);
  });

  it("reads lower-case letters and skips blank rows", () => {
    expect(decodeColumnChoices([["sheet", "column", "role"], [null, null, null], ["RA", " k ", "none"]])).toEqual({ RA: { K: "none" } });
    expect(decodeColumnChoices([])).toEqual({});
  });

  it.each([
    [["RA", "K1", "anggaran"], /not a column letter/],
    [["RA", "K", "anggaran_tahunan"], /unknown role anggaran_tahunan/],
    [["", "K", "anggaran"], /no sheet name/],
  ])("refuses a damaged row %j instead of guessing", (row, message) => {
    expect(() => decodeColumnChoices([["sheet", "column", "role"], row])).toThrow(ColumnChoicesFormatError);
    expect(() => decodeColumnChoices([["sheet", "column", "role"], row])).toThrow(message);
  });

  it("replaces one sheet's choices and forgets a sheet whose choices are emptied", () => {
    const all = { A: { K: "none" as const }, B: { E: "target" as const } };
    expect(withSheetChoices(all, "A", { L: "anggaran" })).toEqual({ A: { L: "anggaran" }, B: { E: "target" } });
    expect(withSheetChoices(all, "A", {})).toEqual({ B: { E: "target" } });
  });

  it("knows column letters up to XFD", () => {
    expect(["A", "Z", "AA", "XFD"].every(isColumnLetter)).toBe(true);
    expect(["", "XFE", "ZZZ", "A1", "ÄB", "abcd"].some(isColumnLetter)).toBe(false);
  });

  it("counts both hidden sheets as Cermat's own", () => {
    expect(isCermatSheet(COLUMNS_SHEET)).toBe(true);
    expect(isCermatSheet(LEDGER_SHEET)).toBe(true);
    expect(isCermatSheet("Renaksi 2022")).toBe(false);
  });
});
