import { toA1 } from "../../src/engine/model";
import {
  MARK_COLORS,
  LedgerFormatError,
  decodeLedger,
  encodeLedger,
  fillFromOffice,
  fillToOffice,
  markFill,
  planClear,
  planMarks,
  type CellAppearance,
  type FillSnapshot,
  type LedgerEntry,
  type OfficeFillLike,
} from "../../src/port/marks-ledger";

const SHEET = "RA 2024";

/** A sheet's look as a map of address → appearance; cells not listed have no fill and no note. */
function looks(cells: Record<string, CellAppearance>): (address: string) => CellAppearance {
  return (address) => cells[address] ?? { fill: null, note: null };
}

describe("marks ledger format", () => {
  const entries: LedgerEntry[] = [
    { sheet: SHEET, address: "K12", severity: "error", originalFill: null, originalNote: null, cermatNote: "Jumlah TW tidak sama" },
    {
      sheet: SHEET,
      address: "M7",
      severity: "warning",
      originalFill: { pattern: "solid", fgColor: "FFFF00" },
      originalNote: "Cek lagi, Bu Ani",
      cermatNote: "Anggaran Rp 0",
    },
    // An empty note is still a note: restoring it must not drop it.
    { sheet: "Lain", address: "B3", severity: "info", originalFill: { pattern: "darkGrid", fgColor: "000000", bgColor: "FFFFFF" }, originalNote: "", cermatNote: "x" },
    {
      sheet: SHEET,
      address: "C4",
      severity: "error",
      originalFill: { pattern: "solid", fgTheme: 4, fgTint: 0.6 },
      originalNote: "baris 1\nbaris 2",
      cermatNote: "y",
      nativeNote: { adapter: "exceljs", value: { texts: [{ text: "baris 1\nbaris 2", font: { bold: true } }] } },
    },
  ];

  it("round-trips every field through rows of plain values", () => {
    const rows = encodeLedger(entries);
    expect(rows[0][0]).toBe("sheet");
    expect(decodeLedger(rows)).toEqual(entries);
  });

  it("reads booleans as a spreadsheet may hand them back (TRUE text, 1) and skips blank rows", () => {
    const rows = encodeLedger(entries.slice(0, 2));
    rows[2][4] = "TRUE";
    rows.push([null, null, null], []);
    expect(decodeLedger(rows)[1].originalNote).toBe("Cek lagi, Bu Ani");
    expect(decodeLedger(rows)).toHaveLength(2);
  });

  it("rejects a damaged row instead of dropping a person's original", () => {
    const rows = encodeLedger(entries.slice(0, 1));
    rows[1][3] = "{not json";
    expect(() => decodeLedger(rows)).toThrow(LedgerFormatError);
    const bad = encodeLedger(entries.slice(0, 1));
    bad[1][2] = "fatal";
    expect(() => decodeLedger(bad)).toThrow(/severity/);
  });

  it("an empty sheet is an empty ledger", () => {
    expect(decodeLedger([])).toEqual([]);
    expect(decodeLedger([["sheet", "address"]])).toEqual([]);
  });
});

describe("planning marks", () => {
  it("records the original look and paints the severity colour", () => {
    const plan = planMarks([], SHEET, [{ row: 11, col: 10, severity: "error", note: "Salah" }], toA1, looks({ K12: { fill: { pattern: "solid", fgColor: "00FF00" }, note: "punya saya" } }));
    expect(plan.ledger).toEqual([
      { sheet: SHEET, address: "K12", severity: "error", originalFill: { pattern: "solid", fgColor: "00FF00" }, originalNote: "punya saya", cermatNote: "Salah" },
    ]);
    expect(plan.changes).toEqual([{ address: "K12", fill: { pattern: "solid", fgColor: MARK_COLORS.error }, note: "punya saya\n\nCermat: Salah" }]);
  });

  it("keeps the FIRST original when a marked cell is marked again", () => {
    const first = planMarks([], SHEET, [{ row: 0, col: 0, severity: "warning", note: "a" }], toA1, looks({}));
    // The cell now shows Cermat's mark; that must not become the "original".
    const markedLook = looks({ A1: { fill: markFill("warning"), note: "Cermat: a" } });
    const second = planMarks(first.ledger, SHEET, [{ row: 0, col: 0, severity: "error", note: "b" }], toA1, markedLook);
    expect(second.ledger).toEqual([{ sheet: SHEET, address: "A1", severity: "error", originalFill: null, originalNote: null, cermatNote: "b" }]);
    expect(second.changes[0].fill).toEqual(markFill("error"));
  });

  it("joins two marks on one cell and keeps the most severe", () => {
    const plan = planMarks(
      [],
      SHEET,
      [
        { row: 4, col: 2, severity: "info", note: "satu" },
        { row: 4, col: 2, severity: "error", note: "dua" },
      ],
      toA1,
      looks({}),
    );
    expect(plan.ledger).toHaveLength(1);
    expect(plan.ledger[0]).toMatchObject({ severity: "error", cermatNote: "satu\ndua" });
  });

  it("the same address on another sheet is another entry", () => {
    const a = planMarks([], "A", [{ row: 0, col: 0, severity: "info", note: "x" }], toA1, looks({}));
    const b = planMarks(a.ledger, "B", [{ row: 0, col: 0, severity: "info", note: "y" }], toA1, looks({}));
    expect(b.ledger.map((e) => e.sheet)).toEqual(["A", "B"]);
  });
});

describe("planning a clear", () => {
  it("restores originals of that sheet only and drops its rows", () => {
    const ledger: LedgerEntry[] = [
      { sheet: "A", address: "A1", severity: "error", originalFill: { pattern: "solid", fgColor: "123456" }, originalNote: "n", cermatNote: "x" },
      { sheet: "B", address: "A1", severity: "error", originalFill: null, originalNote: null, cermatNote: "y" },
    ];
    const plan = planClear(ledger, "A");
    expect(plan.changes).toEqual([{ address: "A1", fill: { pattern: "solid", fgColor: "123456" }, note: "n" }]);
    expect(plan.ledger).toEqual([ledger[1]]);
  });
});

describe("Office.js fills", () => {
  it.each<[OfficeFillLike, FillSnapshot | null]>([
    [{ color: null, pattern: "None" }, null],
    [{ color: "#ffff00", pattern: "Solid" }, { pattern: "solid", fgColor: "FFFF00" }],
    [{ color: "#FFFFFF", pattern: "Gray50", patternColor: "#000000" }, { pattern: "mediumGray", fgColor: "000000", bgColor: "FFFFFF" }],
    [{ color: "#FFC7CE" }, { pattern: "solid", fgColor: "FFC7CE" }],
  ])("%j ↔ %j", (office, snapshot) => {
    expect(fillFromOffice(office)).toEqual(snapshot);
    if (snapshot) expect(fillFromOffice(fillToOffice(snapshot)!)).toEqual(snapshot);
    else expect(fillToOffice(snapshot)).toBeNull();
  });
});
