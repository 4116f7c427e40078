/**
 * The words of a text, cut by hand for ASCII text: the same words as the rule written as patterns
 * (camel-case split, `%` apart, lowercased, anything else a separator), for every text.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { splitWords, splitWordsByPatterns } from "../../../src/engine/layout/header-text";
import { XlsxFileWorkbook } from "../../../src/xlsx/node-file";

/** The rule as it reads in full (the way text beyond ASCII is read): what the hand-cut version must answer. */
const byPatterns = splitWordsByPatterns;

describe("splitWords", () => {
  it.each<[string, string[]]>([
    ["SasaranStrategis", ["sasaran", "strategis"]],
    ["Target (%)", ["target", "%"]],
    ["Capaian%", ["capaian", "%"]],
    ["TW-1", ["tw", "1"]],
    ["  Penanggung\nJawab ", ["penanggung", "jawab"]],
    ["ANGGARAN (Rp.)", ["anggaran", "rp"]],
    ["s.d. TW III", ["s", "d", "tw", "iii"]],
    ["aBcD", ["a", "bc", "d"]],
    ["ABCdef", ["abcdef"]],
    ["", []],
    ["---", []],
    ["Realisasi 2024", ["realisasi", "2024"]],
  ])("%j → %j", (text, expected) => {
    expect(splitWords(text)).toEqual(expected);
    expect(byPatterns(text)).toEqual(expected);
  });

  it("answers as the patterns for texts beyond ASCII (lowercasing may turn a letter into ASCII)", () => {
    for (const text of ["Kondisi Akhir \u212A", "\u0130ndikator", "Capaian – Target", "Rp\u00a0150.000", "Σύνολο", "“Baik”", "≤ 3%", "😀Target"]) {
      expect([text, splitWords(text)]).toEqual([text, byPatterns(text)]);
    }
  });

  it("answers as the patterns for random texts of letters, digits, marks and spaces", () => {
    const alphabet = "aZbYz09 %.,-()/\n\tAKkm";
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let k = 0; k < 5000; k++) {
      let text = "";
      for (let i = next(12); i > 0; i--) text += alphabet[next(alphabet.length)];
      expect([text, splitWords(text)]).toEqual([text, byPatterns(text)]);
    }
  });

  it("answers as the patterns for every text of every fixture workbook", async () => {
    const dir = join(__dirname, "..", "..", "fixtures");
    let texts = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".xlsx"))) {
      const workbook = await XlsxFileWorkbook.fromFile(join(dir, name));
      for (const sheet of await workbook.sheetNames()) {
        for (const row of (await workbook.readSheet(sheet)).rows) {
          for (const cell of row) {
            const text = cell?.text ?? (typeof cell?.value === "string" ? cell.value : undefined);
            if (text === undefined) continue;
            texts++;
            if (splitWords(text).join("|") !== byPatterns(text).join("|")) expect([text, splitWords(text)]).toEqual([text, byPatterns(text)]);
          }
        }
      }
    }
    expect(texts).toBeGreaterThan(10_000);
  });
});
