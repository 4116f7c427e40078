import { LEVEL_WORDS } from "../capaian/indicator-kind";
import { colLetter, toA1, type Polarity, type PredikatBand, type Settings } from "../model";

/**
 * Formula text shared by the templates and the realisasi workflow.
 * Only functions Excel 2016 knows (IF, AND, ISNUMBER, MIN, MAX, ROUND, SUM): no IFS, XLOOKUP,
 * LET, SWITCH or TEXTJOIN, because many OPD still run Office 2016.
 */

/** How a capaian cell holds its number: 0.875 with a % format, or 87.5 under a "(%)" header. */
export type CapaianScale = "fraction" | "points";

export interface CapaianFormulaOptions {
  /** A1 reference of the target and realisasi cells (may carry a sheet prefix or `$`). */
  target: string;
  realisasi: string;
  /**
   * The polarity: a reference to a Polaritas cell (holding "Positif"/"Negatif"), or a fixed
   * polarity when the sheet has no such column.
   */
  polarity: { cell: string } | { fixed: Polarity };
  negativeFormula: Settings["negativeFormula"];
  scale: CapaianScale;
  /** Cap in percent points (100, 120), or null. */
  capAt?: number | null;
  /** Decimals the sheet shows, in percent points (2 for 87,50); absent: no rounding. */
  decimals?: number;
}

/** The word a Polaritas cell holds for lower-is-better indicators (see POLARITAS_LIST). */
export const NEGATIF = "Negatif";

/**
 * Capaian of one period: realisasi / target, or the PermenPAN-RB 8/2021 formula for negative
 * indicators ((2·target − realisasi) / target, clamped at 0), or target / realisasi when the
 * person chose the "inverse" option. Empty (not 0, not an error) while either cell is empty or
 * not a number, and when the target is 0.
 */
export function capaianFormula(o: CapaianFormulaOptions): string {
  const { target: t, realisasi: r } = o;
  const factor = o.scale === "points" ? "*100" : "";
  const positive = `${r}/${t}${factor}`;
  const negative = o.negativeFormula === "inverse" ? `IF(${r}=0,"",${t}/${r}${factor})` : `MAX(0,2-${r}/${t})${factor}`;
  let expr: string;
  if ("cell" in o.polarity) expr = `IF(${o.polarity.cell}="${NEGATIF}",${negative},${positive})`;
  else expr = o.polarity.fixed === "negative" ? negative : positive;
  if (o.capAt !== undefined && o.capAt !== null) {
    const cap = o.scale === "points" ? o.capAt : o.capAt / 100;
    expr = `MIN(${cap},${expr})`;
  }
  if (o.decimals !== undefined) {
    const d = o.scale === "points" ? o.decimals : o.decimals + 2;
    expr = `ROUND(${expr},${d})`;
  }
  return `=IF(AND(ISNUMBER(${t}),ISNUMBER(${r})),IF(${t}=0,"",${expr}),"")`;
}

/**
 * A parent's capaian as the mean of its children's capaian cells, rounded as the sheet rounds;
 * empty until every child has a number (AVERAGE alone would skip an empty child silently).
 */
export function meanFormula(cells: readonly string[], scale: CapaianScale, decimals?: number): string {
  const list = cells.join(",");
  const mean = `AVERAGE(${list})`;
  const expr = decimals === undefined ? mean : `ROUND(${mean},${scale === "points" ? decimals : decimals + 2})`;
  return `=IF(COUNT(${list})=${cells.length},${expr},"")`;
}

/**
 * Predikat from a capaian cell on the given scale (highest band first), as nested IFs.
 * Empty while the capaian is empty.
 */
export function predikatFormula(capaian: string, scale: readonly PredikatBand[], unit: CapaianScale, lang: "id" | "en" = "id"): string {
  const bands = [...scale].sort((a, b) => b.min - a.min);
  const words = (band: PredikatBand): string => `"${(lang === "id" ? band.id : band.en).replace(/"/g, '""')}"`;
  let expr = "";
  for (let i = bands.length - 1; i >= 0; i--) {
    const band = bands[i];
    if (i === bands.length - 1 && !Number.isFinite(band.min)) {
      expr = words(band);
      continue;
    }
    const min = unit === "points" ? band.min : band.min / 100;
    expr = `IF(${capaian}>=${round(min)},${words(band)},${expr || '""'})`;
  }
  return `=IF(ISNUMBER(${capaian}),${expr},"")`;
}

/** SUM over the given 0-based rows of one column, contiguous rows collapsed to ranges. */
export function sumFormula(col: number, rows: readonly number[]): string {
  if (rows.length === 0) return "=0";
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  const flush = (): void => {
    parts.push(start === prev ? toA1(start, col) : `${toA1(start, col)}:${toA1(prev, col)}`);
  };
  for (const r of sorted.slice(1)) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    flush();
    start = r;
    prev = r;
  }
  flush();
  return `=SUM(${parts.join(",")})`;
}

/** SUM of a run of cells on one row: `=SUM(N12:Q12)`. */
export function rowSumFormula(row: number, firstCol: number, lastCol: number): string {
  return `=SUM(${toA1(row, firstCol)}:${toA1(row, lastCol)})`;
}

/** The last period that holds a number (for stock and percentage indicators), else empty. */
export function lastNumberFormula(cells: readonly string[]): string {
  let expr = '""';
  for (const cell of cells) expr = `IF(ISNUMBER(${cell}),${cell},${expr})`;
  return `=${expr}`;
}

/**
 * Annual realisasi of a blank template, where the satuan is typed later: the last period's value
 * when the satuan is a level word (Persen, %, Indeks, Nilai, Skor … : `LEVEL_WORDS`, the list the
 * check reads), else the sum of the periods (a flow). Empty while no period holds a number.
 * A prepared sheet knows its indikator and writes {@link annualFormulaFor} instead.
 */
export function annualRealisasiFormula(satuanCell: string, periodCells: readonly string[]): string {
  // The period cells are listed one by one: in a Pengukuran sheet they are interleaved with
  // target and capaian columns, so a range would sum those too.
  const list = periodCells.join(",");
  const latest = lastNumberFormula(periodCells).slice(1);
  // `=` compares text without regard to case, as the check does; OR of equalities rather than
  // MATCH over an array constant, which Cermat's own formula reader does not compute.
  const level = `OR(${LEVEL_WORDS.map((w) => `${satuanCell}="${w}"`).join(",")})`;
  return `=IF(COUNT(${list})=0,"",IF(${level},${latest},SUM(${list})))`;
}

/**
 * Annual realisasi by a basis decided when the sheet is made (`annualReading`): the sum of the
 * periods (a flow), the last period holding a number (a level, a stock, an "s.d." series) or their
 * mean (where the sheet states one). Empty while no period holds a number.
 */
export function annualFormulaFor(basis: "sum" | "last" | "mean", periodCells: readonly string[]): string {
  const list = periodCells.join(",");
  const expr = basis === "sum" ? `SUM(${list})` : basis === "mean" ? `AVERAGE(${list})` : lastNumberFormula(periodCells).slice(1);
  return `=IF(COUNT(${list})=0,"",${expr})`;
}

/** Guarded ratio for serapan: realisasi anggaran / anggaran, empty when the anggaran is 0. */
export function serapanFormula(anggaran: string, realisasi: string, scale: CapaianScale = "fraction"): string {
  const factor = scale === "points" ? "*100" : "";
  return `=IF(AND(ISNUMBER(${anggaran}),ISNUMBER(${realisasi})),IF(${anggaran}=0,"",${realisasi}/${anggaran}${factor}),"")`;
}

/** A sheet-qualified reference: `'Rencana Aksi'!E12`. */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${toA1(row, col)}`;
}

/** Column-absolute reference on one row: `$E12` (Polaritas and Satuan stay put when copied across). */
export function colAbsolute(row: number, col: number): string {
  return `$${colLetter(col)}${row + 1}`;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
