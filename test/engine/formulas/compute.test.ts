/**
 * Formulas saved without their result (openpyxl, report generators), computed by the engine.
 * A tiny vocabulary: `calc({ A1: 5, B1: "=A1*2" })` builds a sheet where every `=` text is a formula
 * with no cached result and returns what each formula cell became.
 */
import { cellAt, fromA1, type Grid, type GridCell, type Scalar } from "../../../src/engine/model";
import { computeFormulas, parseFormula, tokenize } from "../../../src/engine/formulas";

type Cells = Record<string, Scalar | { value: Scalar; format?: string; text?: string }>;

function gridOf(cells: Cells): Grid {
  const rows: Array<Array<GridCell | null>> = [];
  for (const [a1, raw] of Object.entries(cells)) {
    const { row, col } = fromA1(a1);
    while (rows.length <= row) rows.push([]);
    while (rows[row].length <= col) rows[row].push(null);
    const given = raw !== null && typeof raw === "object" ? raw : { value: raw };
    const formula = typeof given.value === "string" && given.value.startsWith("=") ? given.value : undefined;
    const cell: GridCell = formula ? { value: null, formula } : { value: given.value };
    if (!formula && typeof given.value === "string") cell.text = given.value;
    if (given.format) cell.format = given.format;
    if (given.text !== undefined) cell.text = given.text;
    rows[row][col] = cell;
  }
  return { sheetName: "RA", rows, merges: [], hiddenRows: [], hiddenCols: [] };
}

function calc(cells: Cells): Record<string, GridCell | null> {
  const grid = computeFormulas(gridOf(cells));
  const out: Record<string, GridCell | null> = {};
  for (const a1 of Object.keys(cells)) {
    const { row, col } = fromA1(a1);
    out[a1] = cellAt(grid, row, col);
  }
  return out;
}

const valueOf = (cells: Cells, a1: string): Scalar | undefined => calc(cells)[a1]?.value;

describe("each function and operator, over typed numbers", () => {
  it.each<[string, string, Scalar]>([
    ["SUM of a range", "=SUM(A1:A3)", 60],
    ["SUM of cells and numbers", "=SUM(A1,A2,5)", 35],
    ["SUM of several ranges", "=SUM(A1:A2,A3:A3)", 60],
    ["AVERAGE of a range", "=AVERAGE(A1:A3)", 20],
    ["addition and subtraction", "=A1+A2-A3", 0],
    ["multiplication before addition", "=A1+A2*A3", 610],
    ["parentheses", "=(A1+A2)*A3", 900],
    ["division", "=A3/A1", 3],
    ["unary minus", "=-A1+A2", 10],
    ["minus binds before power, as in Excel", "=-2^2", 4],
    ["percent sign", "=A3*50%", 15],
    ["ROUND half away from zero", "=ROUND(2.5,0)", 3],
    ["ROUND of a negative half", "=ROUND(-2.5,0)", -3],
    ["ROUND on decimal digits (1,005 → 1,01)", "=ROUND(1.005,2)", 1.01],
    ["ROUND to thousands", "=ROUND(45865432,-3)", 45865000],
    ["ROUNDUP", "=ROUNDUP(A1/7,1)", 1.5],
    ["ROUNDDOWN", "=ROUNDDOWN(A1/7,1)", 1.4],
    ["ROUNDDOWN of a negative", "=ROUNDDOWN(-1.49,1)", -1.4],
    ["IF true", "=IF(A1>5,A2,A3)", 20],
    ["IF false", "=IF(A1>=50,A2,A3)", 30],
    ["IF without a third argument", "=IF(A1>50,A2)", false],
    ["IF with <> and an empty cell", "=IF(A9<>0,1,2)", 2],
    ["IF comparing text", '=IF(B1="ada",A1,0)', 10],
    ["IF returning empty text", '=IF(A1>5,"",A1)', ""],
    ["equality is a logical", "=A1=10", true],
    ["lower-case function names", "=sum(a1:a3)", 60],
    // What Cermat's own templates write into capaian and predikat cells.
    ["AND of comparisons", "=AND(A1>5,A2>50)", false],
    ["OR of comparisons", "=OR(A1>5,A2>50)", true],
    ["ISNUMBER of a number", "=ISNUMBER(A1)", true],
    ["ISNUMBER of text and of an empty cell", "=OR(ISNUMBER(B1),ISNUMBER(A9))", false],
    ["MAX and MIN", "=MAX(A1:A3)-MIN(A1:A3)", 20],
    ["MAX(0, …) of the negative-indicator formula", "=MAX(0,2-A3/A1)", 0],
    ["COUNT of numbers in ranges (text skipped)", "=COUNT(A1:B1,A2:A9)", 3],
    ["the template's empty capaian", '=IF(AND(ISNUMBER(A9),ISNUMBER(A1)),A1/A9,"")', ""],
  ])("%s: %s", (_name, formula, expected) => {
    expect(valueOf({ A1: 10, A2: 20, A3: 30, B1: "Ada", C1: formula }, "C1")).toBe(expected);
  });

  it("an empty cell is 0 in arithmetic and skipped by AVERAGE", () => {
    expect(valueOf({ A1: 10, A3: 30, C1: "=A1+A2" }, "C1")).toBe(10);
    expect(valueOf({ A1: 10, A3: 30, C1: "=AVERAGE(A1:A3)" }, "C1")).toBe(20);
  });

  it("text in a range is skipped by SUM, as Excel does (an amount typed as text adds nothing)", () => {
    expect(valueOf({ A1: 10, A2: "Rp 5.000", A3: 30, C1: "=SUM(A1:A3)" }, "C1")).toBe(40);
  });

  it("spreadsheet errors are results: #DIV/0!, #VALUE!, and a cached error travels up", () => {
    expect(valueOf({ A1: 10, C1: "=A1/A2" }, "C1")).toBe("#DIV/0!");
    expect(valueOf({ A1: "abc", C1: "=A1+1" }, "C1")).toBe("#VALUE!");
    expect(valueOf({ A1: "#REF!", C1: "=SUM(A1:A2)" }, "C1")).toBe("#REF!");
    expect(valueOf({ C1: "=AVERAGE(A1:A2)" }, "C1")).toBe("#DIV/0!");
  });

  it("ranges past the sheet's last row read what is there (a whole-height range is cheap)", () => {
    expect(valueOf({ A1: 1, A2: 2, C1: "=SUM(A1:A1048576)" }, "C1")).toBe(3);
  });
});

describe("references", () => {
  it("absolute, mixed and relative references read the same cell", () => {
    const cells = { B2: 7, C1: "=$B$2+B$2+$B2+B2" };
    expect(valueOf(cells, "C1")).toBe(28);
  });

  it("a reversed range reads as its normal form", () => {
    expect(valueOf({ A1: 1, A2: 2, A3: 3, C1: "=SUM(A3:A1)" }, "C1")).toBe(6);
  });

  it("shared-style relative formulas: every row sums its own triwulan", () => {
    const out = calc({
      B1: 1, C1: 2, D1: 3, E1: 4, A1: "=SUM(B1:E1)",
      B2: 10, C2: 20, D2: 30, E2: 40, A2: "=SUM(B2:E2)",
      B3: 100, C3: 200, D3: 300, E3: 400, A3: "=SUM(B3:E3)",
    });
    expect([out.A1?.value, out.A2?.value, out.A3?.value]).toEqual([10, 100, 1000]);
  });

  it("nested dependencies are computed in order, wherever they sit (a program over kegiatan over sub kegiatan)", () => {
    const out = calc({
      A1: "=A2+A5", // program, above what it adds
      A2: "=SUM(A3:A4)", // kegiatan
      A3: 100,
      A4: 200,
      A5: "=A6*2", // kegiatan
      A6: "=ROUND(A3/3,0)",
      A7: "=SUM(A1)", // a Jumlah below
    });
    expect(out.A6?.value).toBe(33);
    expect(out.A5?.value).toBe(66);
    expect(out.A1?.value).toBe(366);
    expect(out.A7?.value).toBe(366);
  });

  it("a long running total down the sheet does not exhaust the stack", () => {
    const cells: Cells = { A1: 1 };
    for (let r = 2; r <= 5000; r++) cells[`A${r}`] = `=A${r - 1}+1`;
    expect(valueOf(cells, "A5000")).toBe(5000);
  });

  it("cached results are kept as they are: only formulas without one are computed", () => {
    const withCache: GridCell = { value: 999, formula: "=SUM(A1:A2)" };
    const grid: Grid = { ...gridOf({}), rows: [[{ value: 10 }], [{ value: 20 }], [withCache], [{ value: null, formula: "=A3+1" }]] };
    const out = computeFormulas(grid);
    expect(cellAt(out, 2, 0)).toBe(withCache);
    expect(cellAt(out, 3, 0)?.value).toBe(1000);
  });

  it("returns the very grid when nothing lacks a result", () => {
    const grid = gridOf({ A1: 10, A2: { value: 30, text: "30" } });
    expect(computeFormulas(grid)).toBe(grid);
  });
});

describe("the text a computed cell shows", () => {
  it.each<[string | undefined, number, string]>([
    [undefined, 45865000, "45865000"],
    ["#,##0", 45865000, "45,865,000"],
    ['"Rp"#,##0', 1250000, "1,250,000"],
    ["0.00", 2.5, "2.50"],
    ["0%", 0.3, "30%"],
    ["0.00%", 0.8333, "83.33%"],
    ["dd/mm/yyyy", 45383, "01/04/2024"],
  ])("under %s, %d shows %s", (format, value, text) => {
    const out = calc({ A1: value, B1: { value: "=A1", format } });
    expect(out.B1?.text).toContain(text);
    expect(out.B1?.value).toBe(value);
  });
});

describe("what is not computed, and why", () => {
  it.each<[string, string, object]>([
    ["a function outside the list", "=VLOOKUP(A1,A1:A3,1,FALSE)", { kind: "function", name: "VLOOKUP" }],
    ["a function nested in a supported one", "=SUM(A1,MEDIAN(A1:A3))", { kind: "function", name: "MEDIAN" }],
    ["Excel's prefixed new functions, named as typed", "=_xlfn.IFS(A1>1,1)", { kind: "function", name: "IFS" }],
    ["another sheet", "=Anggaran!K12", { kind: "other-sheet" }],
    ["another sheet with a quoted name", "=SUM('Renaksi 2024'!K6:K9)", { kind: "other-sheet" }],
    ["a whole column", "=SUM(A:A)", { kind: "unsupported-reference", reference: "A:…" }],
    ["a defined name", "=Pagu2024*2", { kind: "unsupported-reference", reference: "Pagu2024" }],
    ["a text result", '="Rp "&A1', { kind: "text-result" }],
    ["a formula it cannot read", "=SUM(A1,", { kind: "syntax" }],
  ])("%s: %s", (_name, formula, reason) => {
    const out = calc({ A1: 10, A2: 20, A3: 30, C1: formula });
    expect(out.C1?.value).toBeNull();
    expect(out.C1?.uncalculated).toEqual(reason);
  });

  it("a cell that uses one not computed is not computed either, and names it", () => {
    const out = calc({ A1: "=VLOOKUP(1,B1:B2,1,FALSE)", A2: 5, A3: "=SUM(A1:A2)", A4: "=A3*2" });
    expect(out.A3?.uncalculated).toEqual({ kind: "depends", cell: "A1" });
    expect(out.A4?.uncalculated).toEqual({ kind: "depends", cell: "A3" });
  });

  it("cycles are found: every cell of the loop says so, a cell outside it depends on it", () => {
    const out = calc({ A1: "=A2+1", A2: "=A3+1", A3: "=A1+1", B1: "=A2*2", C1: "=C1+1", D1: "=SUM(D1:D2)" });
    for (const a1 of ["A1", "A2", "A3", "C1", "D1"]) expect([a1, out[a1]?.uncalculated]).toEqual([a1, { kind: "cycle" }]);
    expect(out.B1?.uncalculated).toEqual({ kind: "depends", cell: "A2" });
  });
});

describe("tokens and the tree", () => {
  it("reads references, text with doubled quotes, error literals and operators", () => {
    expect(tokenize('=IF($K$6<>"a""b",#N/A,K6:K7)').map((t) => ("op" in t ? t.op : "text" in t ? t.text : t.kind))).toEqual([
      "IF", "(", "$K$6", "<>", "string", ",", "error", ",", "K6", ":", "K7", ")", "end",
    ]);
  });

  it("parses with Excel's precedence: comparison last, then +, then ×, then ^", () => {
    expect(parseFormula("=1+2*3^2>10")).toEqual({
      kind: "binary",
      op: ">",
      left: {
        kind: "binary",
        op: "+",
        left: { kind: "number", value: 1 },
        right: { kind: "binary", op: "*", left: { kind: "number", value: 2 }, right: { kind: "binary", op: "^", left: { kind: "number", value: 3 }, right: { kind: "number", value: 2 } } },
      },
      right: { kind: "number", value: 10 },
    });
  });
});
