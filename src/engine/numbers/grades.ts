/** Qualitative values (SAKIP grades, audit opinions, Ada/Tidak) recognised from the catalogue. */
import type { ParsedValue } from "../model";
import { GRADE_PREFIXES, GRADES } from "./words";

const STARTS_WITH_LETTER = /^[\s"“(]*\p{L}/u;
const BY_WORD = new Map(GRADES.flatMap((g) => g.words.map((w) => [w, g] as const)));

/** The grade a whole cell states (`B`, `Predikat BB`, `WTP`, `Tidak Tersedia`), or undefined. */
export function gradeOf(text: string): Extract<ParsedValue, { kind: "grade" }> | undefined {
  // Every grade and prefix starts with a letter: a number (most cells asked) is none, at once.
  if (!STARTS_WITH_LETTER.test(text)) return undefined;
  let key = text.toLowerCase().replace(/[.\s]+$/, "").replace(/\s+/g, " ").trim();
  for (const prefix of GRADE_PREFIXES) {
    if (key.startsWith(prefix + " ")) key = key.slice(prefix.length + 1).trim();
  }
  key = key.replace(/^["“(]+|["”)]+$/g, "");
  const found = BY_WORD.get(key);
  return found ? { kind: "grade", scale: found.scale, grade: found.grade, rank: found.rank } : undefined;
}
