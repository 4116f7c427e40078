import { predikatOf, statedPoints } from "../capaian";
import type { Finding, PredikatBand } from "../model";
import type { Rule } from "./rule";
import { isFilled, labelOf } from "./support/cells";
import { finding } from "./support/finding";
import { annualCapaian } from "./support/row-capaian";

/** Case and spacing aside, and a trailing full stop or note in brackets ("Tinggi (T)"). */
function normal(text: string): string {
  return text
    .replace(/\([^)]*\)\s*$/, "")
    .replace(/[.:;]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The band a stated predikat names on the scale (its Indonesian, English or other words), if any. */
export function bandNamed(text: string, scale: readonly PredikatBand[]): PredikatBand | undefined {
  const said = normal(text);
  if (!said) return undefined;
  return scale.find((b) => [b.id, b.en, ...(b.aliases ?? [])].some((w) => normal(w) === said));
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * PREDIKAT_MISMATCH: a stated predikat (Sangat Tinggi … Sangat Rendah, or the scale's other
 * words: Sangat Baik … Sangat Kurang) that fits neither the capaian the row states nor the one
 * its target and realisasi give, on the settings' predikatScale (by default the five bands most
 * LKjIPs print, commonly attributed to Permendagri 86/2017: ≥ 91, ≥ 76, ≥ 66, ≥ 51, below).
 *
 * A warning, not an error: the scale is the agency's choice (six levels, other bounds), and a
 * sheet that follows another one is not wrong, only set differently from Pengaturan; the predikat
 * is derived from the capaian, so a wrong capaian is CAPAIAN_MISMATCH's error, not this one's.
 * Words that name no band of the scale ("Tercapai") are not judged; nor is a row without a number
 * to judge it by. Either capaian may justify the predikat: the stated one is what the reader
 * sees, the recomputed one (capped as the sheet caps) what it should be.
 */
export const predikatMismatch: Rule = {
  code: "PREDIKAT_MISMATCH",
  run({ table, settings }) {
    const scale = settings.predikatScale;
    const { capAt, capaianStorage } = table.conventions;
    const out: Finding[] = [];
    for (const item of table.items) {
      const stated = item.cells.predikat;
      if (item.kind !== "row" || !isFilled(stated)) continue;
      const band = bandNamed(stated.text, scale);
      if (!band) continue;
      const recomputed = annualCapaian(item, settings).map((c) => (capAt !== null && c.value > capAt ? capAt : c.value));
      const statedCapaian = isFilled(item.cells.capaian) ? statedPoints(item.cells.capaian.value, recomputed[0] ?? 100, capaianStorage) : undefined;
      const capaian = [...(statedCapaian !== undefined ? [statedCapaian] : []), ...recomputed];
      if (capaian.length === 0) continue;
      const fitting = capaian.map((c) => predikatOf(c, scale, "id"));
      if (fitting.includes(band.id)) continue;
      const basis = capaian[0];
      out.push(
        finding({
          code: "PREDIKAT_MISMATCH",
          severity: "warning",
          row: stated.row,
          col: stated.col,
          actual: round2(basis),
          params: {
            label: labelOf(item),
            text: stated.text.trim(),
            capaian: round2(basis),
            source: statedCapaian !== undefined ? "stated" : "recomputed",
            expectedId: fitting[0],
            expectedEn: predikatOf(basis, scale, "en"),
          },
        }),
      );
    }
    return out;
  },
};
