import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { readNotes } from "../../src/xlsx/package/notes-read";
import { openXlsx } from "../../src/xlsx/package/open-xlsx";
import { XlsxReadError } from "../../src/xlsx/package/read-error";
import { readSheetGrid } from "../../src/xlsx/package/read-sheet";
import { NotAWorkbookError } from "../../src/xlsx/package/workbook-parts";
import { PackageLimitError } from "../../src/xlsx/package/zip-package";

/**
 * Damaged files must fail with one of the reader's three errors, never with whatever a parser
 * happens to throw. Mutations hit the zip bytes (most end as a corrupt archive) and, through a
 * re-zip, the XML inside (which reaches the scanner and the cell reader).
 */

/** Mulberry32: a small seeded PRNG, so a failure replays with the same mutations. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;
const at = (bytes: Uint8Array, random: () => number) => Math.floor(random() * bytes.length);

const MUTATIONS: Record<string, Mutation> = {
  flip: (bytes, random) => {
    const out = bytes.slice();
    for (let i = 0; i < 1 + Math.floor(random() * 8); i++) out[at(out, random)] ^= 1 << Math.floor(random() * 8);
    return out;
  },
  truncate: (bytes, random) => bytes.slice(0, at(bytes, random)),
  splice: (bytes, random) => {
    const from = at(bytes, random);
    const length = Math.floor(random() * 64);
    const to = at(bytes, random);
    const out = new Uint8Array(bytes.length + length);
    out.set(bytes.subarray(0, to));
    out.set(bytes.subarray(from, from + length), to);
    out.set(bytes.subarray(to), to + length);
    return out;
  },
};

/** The same mutation applied to one XML part, re-zipped, so the damage survives the zip layer. */
function mutatePart(parts: Record<string, Uint8Array>, random: () => number, mutation: Mutation): Uint8Array {
  const xmlParts = Object.keys(parts).filter((p) => /\.(xml|rels)$/.test(p));
  const path = xmlParts[Math.floor(random() * xmlParts.length)];
  return zipSync({ ...parts, [path]: mutation(parts[path], random) }, { level: 0 });
}

function readEverything(bytes: Uint8Array): void {
  const { pkg, parts } = openXlsx(bytes);
  for (const sheet of parts.sheets) {
    readSheetGrid(pkg, parts, sheet);
    readNotes(pkg, sheet);
  }
}

const ROOT = join(__dirname, "..", "..");
const SMALL = ["lombok-tengah.xlsx", "buleleng.xlsx", "not-rencana-aksi.xlsx", "nganjuk.xlsx"];
// Tapin (Excel's own file: comments, shared formulas, seven sheets) is large: a few rounds only.
const LARGE = "tapin-bps-rekap.xlsx";
const ROUNDS = 300;

describe("damaged .xlsx files", () => {
  it("either read or fail with PackageLimitError, NotAWorkbookError or XlsxReadError", () => {
    const random = prng(20240601);
    const load = (f: string) => {
      const bytes = new Uint8Array(readFileSync(join(ROOT, "test/fixtures", f)));
      return { bytes, parts: unzipSync(bytes) };
    };
    const small = SMALL.map(load);
    const large = load(LARGE);
    const outcomes: Record<string, number> = { read: 0, XlsxReadError: 0, NotAWorkbookError: 0, PackageLimitError: 0 };
    const names = Object.keys(MUTATIONS);
    for (let round = 0; round < ROUNDS; round++) {
      const original = round % 20 === 0 ? large : small[round % small.length];
      const mutation = MUTATIONS[names[Math.floor(random() * names.length)]];
      // Mostly inside the XML: mutating the zip itself mostly tests fflate's checks.
      const bytes = random() < 0.7 ? mutatePart(original.parts, random, mutation) : mutation(original.bytes, random);
      try {
        readEverything(bytes);
        outcomes.read++;
      } catch (error) {
        const known = error instanceof XlsxReadError || error instanceof NotAWorkbookError || error instanceof PackageLimitError;
        if (!known) throw new Error(`Round ${round}: an untyped failure escaped: ${String(error)}`);
        outcomes[error instanceof XlsxReadError ? "XlsxReadError" : error.name]++;
      }
    }
    // Both outcomes must occur, or the mutations are not reaching the reader.
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.XlsxReadError).toBeGreaterThan(0);
  });
});
