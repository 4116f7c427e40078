import { filledCount, rowCells, trimmed, viewOf } from "../../../src/engine/layout/grid-reading";
import type { GridCell } from "../../../src/engine/model";

describe("trimmed", () => {
  // Every space trim removes, at either end, next to printable text and alone.
  const SPACES = [" ", "\t", "\n", "\r", "\u00a0", "\u2007", "\u2009", "\u202f", "\u3000", "\ufeff", "\u2028", "\u1680"];
  const TEXTS = ["", "a", "Rp. 1.500.000,-", "45,865,000", "Ä", "é", "“Baik”", "≤ 3", "-", "%"];
  it("answers as String.prototype.trim for every text and space at either end", () => {
    for (const text of TEXTS) {
      for (const space of SPACES) {
        for (const t of [text, space + text, text + space, space + text + space, space]) expect([t, trimmed(t)]).toEqual([t, t.trim()]);
      }
    }
  });

  it("returns the very text when there is nothing to trim", () => {
    const text = "Jumlah koperasi dibina";
    expect(trimmed(text)).toBe(text);
  });
});

describe("filledCount", () => {
  it("counts what rowCells lists, blanks and spaces left out", () => {
    const cell = (text: string | null): GridCell | null => (text === null ? null : { value: text, text });
    const rows = [[cell("1"), cell("  "), null, cell("Rp 5"), cell(""), cell(" x ")], [], [cell(" ")]];
    const view = viewOf({ sheetName: "S", rows, merges: [], hiddenRows: [], hiddenCols: [] });
    for (let r = 0; r < rows.length; r++) {
      for (const [left, right] of [[0, 5], [1, 3], [3, 9]]) expect(filledCount(view, r, left, right)).toBe(rowCells(view, r, left, right).length);
    }
    expect(filledCount(view, 0, 0, 5)).toBe(3);
    expect(filledCount(view, 7, 0, 5)).toBe(0);
  });
});
