import type { Grid } from "../engine/model";

/**
 * Number texts as Excel shows them on the Indonesian-locale PCs staff use (1.250.000,50; 85,00%).
 * The package reader renders number formats the en-US way (1,250,000.50), which an Indonesian
 * reader takes for decimals. Only numeric cells change; the engine reads both spellings alike
 * (test/workbench/number-texts.test.ts), so the findings do not change, only how they quote cells.
 */
export function indonesianNumberText(text: string): string {
  return text.replace(/[.,]/g, (ch) => (ch === "," ? "." : ","));
}

export function withIndonesianNumberTexts(grid: Grid): Grid {
  return {
    ...grid,
    rows: grid.rows.map((row) => row.map((cell) => (cell && typeof cell.value === "number" && cell.text !== undefined ? { ...cell, text: indonesianNumberText(cell.text) } : cell))),
  };
}
