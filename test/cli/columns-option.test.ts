import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckReport } from "../../src/report/check-report";
import { ColumnsOptionError, parseColumnsOption } from "../../src/cli/columns-option";
import { runCheck } from "../../src/cli/commands/check";
import { runPrepare } from "../../src/cli/commands/prepare";
import { cliWords } from "../../src/i18n/cli";
import { XlsxFileWorkbook } from "../../src/xlsx/node-file";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";

const LOMBOK = join(__dirname, "..", "fixtures", "lombok-tengah.xlsx");
const SHEET = "Renaksi 2022";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function check(...args: string[]) {
  const c = capture();
  const code = await runCheck(args, c.io);
  return { code, err: c.err, report: c.out.length === 1 && args.includes("--json") ? (JSON.parse(c.out[0]) as CheckReport) : undefined };
}

const codes = (report: CheckReport | undefined) => report!.sheets[0].findings.map((f) => f.code);

/** A copy of the Lombok Tengah workbook with these column choices saved in it. */
async function withSaved(choices: Record<string, string>): Promise<string> {
  const book = await XlsxFileWorkbook.fromBuffer(readFileSync(LOMBOK));
  await book.saveColumnChoices(SHEET, choices as never);
  const path = join(mkdtempSync(join(tmpdir(), "cermat-columns-")), "lombok.xlsx");
  writeFileSync(path, await book.toBuffer());
  return path;
}

describe("--columns: reading the option", () => {
  const id = cliWords("id");
  it("reads letters (any case) to roles, none included", () => {
    expect(parseColumnsOption("E=periode, f=target_periode;Q=none", id)).toEqual({ E: "periode", F: "target_periode", Q: "none" });
  });

  it.each([
    ["K=anggaran_kabupaten", /peran "anggaran_kabupaten" untuk kolom K tidak dikenal\. Peran yang ada: no, kode, .*none \(tidak dibaca\); per periode: \{target\|/],
    ["K1=anggaran", /"K1" \(di "K1=anggaran"\) bukan huruf kolom Excel/],
    ["K anggaran", /"K anggaran" tidak terbaca; tulis HURUF=peran/],
    [",", /tidak terbaca/],
  ])("refuses %j with a clear Indonesian message", (value, message) => {
    expect(() => parseColumnsOption(value, id)).toThrow(ColumnsOptionError);
    expect(() => parseColumnsOption(value, id)).toThrow(message);
  });
});

describe("cermat check --columns", () => {
  it("applies the roles: the anggaran column left unread takes every budget finding with it", async () => {
    const before = await check(LOMBOK, "--json");
    expect(codes(before.report)).toContain("BUDGET_PERIOD_SUM");
    const after = await check(LOMBOK, "--columns", "K=none", "--json");
    expect(codes(after.report)).toEqual(["TARGET_PERIOD_SUM"]);
    expect(after.report!.sheets[0].columns).not.toHaveProperty("anggaran");
  });

  it("an unknown role or a bad letter is exit 2, in Indonesian and in English", async () => {
    const id = await check(LOMBOK, "--columns", "K=anggaran_kabupaten");
    expect(id.code).toBe(2);
    expect(id.err).toHaveLength(1);
    expect(id.err[0]).toMatch(/^cermat: --columns: peran "anggaran_kabupaten" untuk kolom K tidak dikenal/);
    const en = await check(LOMBOK, "--columns=7=target", "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err[0]).toMatch(/^cermat: --columns: "7" \(in "7=target"\) is not an Excel column letter/);
  });

  it("uses the choices saved in the file, and --columns goes on top of them", async () => {
    const saved = await withSaved({ K: "none" });
    expect(codes((await check(saved, "--json")).report)).toEqual(["TARGET_PERIOD_SUM"]);
    const overridden = await check(saved, "--columns", "K=anggaran", "--json");
    expect(codes(overridden.report)).toContain("BUDGET_PERIOD_SUM");
  });

  it("says which columns read the person's choice, in the text and in the JSON, and nothing when there is none", async () => {
    const saved = await withSaved({ K: "none" });
    const c = capture();
    await runCheck([saved, "--columns", "Q=keterangan"], c.io);
    expect(c.out[0]).toContain("  Peran kolom pilihan Anda (tersimpan di file atau --columns): K tidak dibaca, Q keterangan");
    const json = await check(saved, "--json", "--lang", "en");
    expect(json.report!.sheets[0].chosenColumns).toEqual({ K: "none" });
    expect((await check(LOMBOK, "--json")).report!.sheets[0]).not.toHaveProperty("chosenColumns");
    const plain = capture();
    await runCheck([LOMBOK], plain.io);
    expect(plain.out[0]).not.toContain("pilihan Anda");
  });

  it("names a damaged choices sheet instead of guessing, exit 2", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(LOMBOK));
    book.workbook.addWorksheet("_cermat_columns", { state: "veryHidden" }).addRows([["sheet", "column", "role"], [SHEET, "K", "pagu"]]);
    const path = join(mkdtempSync(join(tmpdir(), "cermat-columns-")), "rusak.xlsx");
    writeFileSync(path, await book.toBuffer());
    const result = await check(path);
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/_cermat_columns \(pilihan kolom\) rusak: .*unknown role pagu/);
  });
});

describe("prepare reads the saved choices too", () => {
  it("a plan whose indikator and program columns the person left unread is no Rencana Aksi to prepare from", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cermat-columns-")), "out.xlsx");
    const plain = capture();
    expect(await runPrepare([LOMBOK, "-o", out], plain.io)).toBe(0);
    const saved = await withSaved({ B: "none", C: "none", J: "none", E: "none", F: "none", G: "none", H: "none", I: "none" });
    const c = capture();
    expect(await runPrepare([saved, "-o", out], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/Tidak ada sheet Rencana Aksi yang dikenali/);
  });
});
