/** Qualitative values (SAKIP grades, audit opinions, Ada/Tidak) recognised from the catalogue. */
import type { ParsedValue } from "../model";
import { GRADE_PREFIXES, GRADES } from "./words";

const FIRST_LETTER = /^[\s"“(]*(\p{L})/u;
/** The letters a grade or a prefix can start with. */
const FIRST_LETTERS = new Set([...GRADES.flatMap((g) => g.words), ...GRADE_PREFIXES].map((w) => w[0]));
const BY_WORD = new Map(GRADES.flatMap((g) => g.words.map((w) => [w, g] as const)));

/** The grade a whole cell states (`B`, `Predikat BB`, `WTP`, `Tidak Tersedia`), or undefined. */
export function gradeOf(text: string): Extract<ParsedValue, { kind: "grade" }> | undefined {
  // Most cells asked are numbers or amounts ("Rp. 1.500.000"): no grade or prefix starts that way.
  const first = FIRST_LETTER.exec(text)?.[1].toLowerCase();
  if (first === undefined || !FIRST_LETTERS.has(first)) return undefined;
  let key = text.toLowerCase().replace(/[.\s]+$/, "").replace(/\s+/g, " ").trim();
  for (const prefix of GRADE_PREFIXES) {
    if (key.startsWith(prefix + " ")) key = key.slice(prefix.length + 1).trim();
  }
  key = key.replace(/^["“(]+|["”)]+$/g, "");
  const found = BY_WORD.get(key);
  return found ? { kind: "grade", scale: found.scale, grade: found.grade, rank: found.rank } : undefined;
}
