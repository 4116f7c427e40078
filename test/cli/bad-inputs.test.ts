import { execFile } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { CliError, describeFailure } from "../../src/cli/cli-error";
import type { CliCommand } from "../../src/cli/command";
import { runCli } from "../../src/cli/run";
import { cliWords } from "../../src/i18n/cli";
import { WorkbookError } from "../../src/port/workbook-port";
import { XlsxFileWorkbook } from "../../src/xlsx/node-file";
import { XlsxWorkbook } from "../support/exceljs/xlsx-workbook";
import { PackageLimitError } from "../../src/xlsx/package/zip-package";

/**
 * Every way a careful person found to feed the command line something wrong: each answers with
 * its exit code and one line on stderr (or one JSON error document on stdout with --json), in
 * Indonesian and in English, never a stack trace, never "done" before the file was written.
 */

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "cermat-bad-"));
const f = (name: string) => join(dir, name);

// The bad files, built here so that each says what it is.
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const lombok = readFileSync(join(FIXTURES, "lombok-tengah.xlsx"));
copyFileSync(join(FIXTURES, "lombok-tengah.xlsx"), f("rencana-aksi.xlsx"));
copyFileSync(join(FIXTURES, "not-rencana-aksi.xlsx"), f("catatan.xlsx"));
mkdirSync(f("folder.xlsx"));
writeFileSync(f("kosong.xlsx"), "");
writeFileSync(f("lama.xlsx"), Buffer.concat([OLE, Buffer.alloc(4088)]));
const encrypted = Buffer.concat([OLE, Buffer.alloc(4088)]);
Buffer.from("EncryptionInfo", "utf16le").copy(encrypted, 1152);
writeFileSync(f("terkunci.xlsx"), encrypted);
writeFileSync(f("data.xlsx"), "No;Indikator;Target\n1;Jumlah koperasi;30\n");
writeFileSync(f("halaman.xlsx"), "<html><body><table><tr><td>Indikator</td></tr></table></body></html>");
writeFileSync(f("surat.xlsx"), zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") }));
writeFileSync(f("terpotong.xlsx"), lombok.subarray(0, Math.floor(lombok.length / 2)));
writeFileSync(f("acak.xlsx"), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)));
writeFileSync(f("acak-pk.xlsx"), Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256))]));
writeFileSync(f("bukan-folder"), "a file, not a folder");
mkdirSync(f("hasil"));
symlinkSync(f("rencana-aksi.xlsx"), f("tautan.xlsx"));
linkSync(f("rencana-aksi.xlsx"), f("kaitan.xlsx"));
mkdirSync(f("terkunci"));
chmodSync(f("terkunci"), 0o555);
/** As root a read-only folder is still writable; that case is then left to the others (missing folder, a file in the path, a folder as output). */
const readOnlyHolds = (() => {
  try {
    writeFileSync(f("terkunci/coba"), "");
    rmSync(f("terkunci/coba"));
    return false;
  } catch {
    return true;
  }
})();

interface Case {
  name: string;
  args: string[];
  exit: number;
  code: string;
  id: RegExp;
  /** `null`: the case cannot be asked in English (a wrong --lang is itself the case). */
  en: RegExp | null;
  /** Run as a real process (the rest call runCli in-process, with the same arguments). */
  process?: boolean;
  skip?: boolean;
}

const RA = f("rencana-aksi.xlsx");
const OUT = f("hasil/keluaran.xlsx");

const CASES: Case[] = [
  // Files that cannot be read.
  { name: "a missing file", args: ["check", f("tidak-ada.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /tidak-ada\.xlsx tidak ditemukan/, en: /tidak-ada\.xlsx not found/, process: true },
  { name: "a folder without workbooks", args: ["check", f("folder.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /Tidak ada file \.xlsx atau \.xlsm di .*folder\.xlsx/, en: /No \.xlsx or \.xlsm file in .*folder\.xlsx/ },
  { name: "fill on a folder", args: ["fill", f("folder.xlsx"), "-o", OUT], exit: 2, code: "UNREADABLE_FILE", id: /adalah folder, bukan file \.xlsx/, en: /is a folder, not an \.xlsx file/ },
  { name: "an empty file", args: ["check", f("kosong.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /kosong\.xlsx kosong/, en: /kosong\.xlsx is empty/, process: true },
  { name: "an old .xls", args: ["check", f("lama.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /berformat \.xls lama/, en: /old \.xls workbook/, process: true },
  { name: "an encrypted .xlsx", args: ["check", f("terkunci.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /dilindungi kata sandi/, en: /protected with a password/ },
  { name: "a renamed .csv", args: ["check", f("data.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /bukan file Excel \.xlsx/, en: /not an Excel \.xlsx file/, process: true },
  { name: "a renamed .html", args: ["check", f("halaman.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /bukan file Excel \.xlsx/, en: /not an Excel \.xlsx file/ },
  { name: "a .docx (a zip without a workbook)", args: ["check", f("surat.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /tidak berisi buku kerja Excel/, en: /holds no Excel workbook/, process: true },
  { name: "a truncated zip", args: ["check", f("terpotong.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /terpotong\.xlsx (rusak|tidak dapat dibaca)/, en: /terpotong\.xlsx (is damaged|cannot be read)/ },
  { name: "random bytes", args: ["check", f("acak.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /bukan file Excel \.xlsx/, en: /not an Excel \.xlsx file/ },
  { name: "random bytes behind a zip signature", args: ["check", f("acak-pk.xlsx")], exit: 2, code: "UNREADABLE_FILE", id: /acak-pk\.xlsx (rusak|tidak)/, en: /acak-pk\.xlsx (is damaged|cannot be read|holds no)/ },
  { name: "fill on a renamed .csv", args: ["fill", f("data.xlsx"), "-o", OUT], exit: 2, code: "UNREADABLE_FILE", id: /bukan file Excel \.xlsx/, en: /not an Excel \.xlsx file/, process: true },
  { name: "prepare on a missing file", args: ["prepare", f("tidak-ada.xlsx"), "-o", OUT], exit: 2, code: "UNREADABLE_FILE", id: /tidak ditemukan/, en: /not found/ },
  { name: "template --in-place into a damaged file", args: ["template", "pengukuran", "-o", f("terpotong.xlsx"), "--in-place"], exit: 2, code: "UNREADABLE_FILE", id: /terpotong\.xlsx (rusak|tidak dapat dibaca)/, en: /terpotong\.xlsx (is damaged|cannot be read)/ },
  // Sheets.
  { name: "check an unknown sheet", args: ["check", RA, "--sheet", "Renaksi 2023"], exit: 2, code: "SHEET_NOT_FOUND", id: /Sheet "Renaksi 2023" tidak ada\. Sheet yang ada: "Renaksi 2022"/, en: /There is no sheet "Renaksi 2023"\. Sheets: "Renaksi 2022"/, process: true },
  { name: "fill an unknown sheet", args: ["fill", RA, "-o", OUT, "--sheet", "PK"], exit: 2, code: "SHEET_NOT_FOUND", id: /Sheet "PK" tidak ada/, en: /There is no sheet "PK"/ },
  { name: "prepare from an unknown sheet", args: ["prepare", RA, "-o", OUT, "--sheet", "RA 2030"], exit: 2, code: "SHEET_NOT_FOUND", id: /Sheet "RA 2030" tidak ada/, en: /There is no sheet "RA 2030"/ },
  { name: "prepare --dari an unknown sheet", args: ["prepare", RA, "-o", OUT, "--dari", "PK lama"], exit: 2, code: "SHEET_NOT_FOUND", id: /Sheet "PK lama" tidak ada/, en: /There is no sheet "PK lama"/ },
  { name: "prepare from a workbook without a Rencana Aksi", args: ["prepare", f("catatan.xlsx"), "-o", OUT], exit: 2, code: "NOT_A_PLAN", id: /Tidak ada sheet Rencana Aksi yang dikenali/, en: /No Rencana Aksi sheet recognised/, process: true },
  // Commands and options.
  { name: "an unknown command", args: ["periksa", RA], exit: 2, code: "UNKNOWN_COMMAND", id: /Perintah "periksa" tidak dikenal/, en: /Unknown command "periksa"/, process: true },
  { name: "an unknown option", args: ["check", RA, "--lembar"], exit: 2, code: "BAD_OPTION", id: /Opsi --lembar tidak dikenal/, en: /Unknown option --lembar/ },
  { name: "an unknown option with a value", args: ["check", "--lembar", "RA", RA], exit: 2, code: "BAD_OPTION", id: /Opsi --lembar tidak dikenal/, en: /Unknown option --lembar/, process: true },
  { name: "an unknown option=value", args: ["fill", RA, "-o", OUT, "--lembar=RA"], exit: 2, code: "BAD_OPTION", id: /Opsi --lembar tidak dikenal/, en: /Unknown option --lembar/, process: true },
  { name: "an unknown short option", args: ["prepare", RA, "-o", OUT, "-x"], exit: 2, code: "BAD_OPTION", id: /Opsi -x tidak dikenal/, en: /Unknown option -x/ },
  { name: "an option without its value", args: ["check", RA, "--sheet"], exit: 2, code: "BAD_OPTION", id: /Opsi --sheet perlu nilai/, en: /Option --sheet needs a value/ },
  { name: "-o without its value", args: ["fill", RA, "-o"], exit: 2, code: "BAD_OPTION", id: /Opsi -o perlu nilai/, en: /Option -o needs a value/, process: true },
  { name: "an option whose value is another option", args: ["check", RA, "--sheet", "--columns", "K=none"], exit: 2, code: "BAD_OPTION", id: /Opsi --sheet perlu nilai/, en: /Option --sheet needs a value/ },
  { name: "an empty -o", args: ["fill", RA, "-o", ""], exit: 2, code: "BAD_OPTION", id: /Opsi --output perlu nilai/, en: /Option --output needs a value/ },
  { name: "a switch given a value", args: ["fill", RA, "-o", OUT, "--yes=1"], exit: 2, code: "BAD_OPTION", id: /Opsi --yes tidak memakai nilai/, en: /Option --yes takes no value/ },
  { name: "--columns with an unknown role", args: ["check", RA, "--columns", "K=anggaran_kabupaten"], exit: 2, code: "BAD_OPTION", id: /peran "anggaran_kabupaten" untuk kolom K tidak dikenal/, en: /unknown role "anggaran_kabupaten" for column K/, process: true },
  { name: "--columns with a bad letter", args: ["check", RA, "--columns", "K1=anggaran"], exit: 2, code: "BAD_OPTION", id: /"K1" \(di "K1=anggaran"\) bukan huruf kolom Excel/, en: /"K1" \(in "K1=anggaran"\) is not an Excel column letter/ },
  { name: "--columns without =", args: ["check", RA, "--columns", "K anggaran"], exit: 2, code: "BAD_OPTION", id: /"K anggaran" tidak terbaca/, en: /cannot read "K anggaran"/ },
  { name: "--columns with nothing in it", args: ["check", RA, "--columns", ","], exit: 2, code: "BAD_OPTION", id: /tidak terbaca/, en: /cannot read/ },
  { name: "a language that is not there", args: ["check", RA, "--lang", "jv"], exit: 2, code: "BAD_OPTION", id: /Bahasa "jv" tidak tersedia; pilih id atau en/, en: null, process: true },
  { name: "check without a file", args: ["check"], exit: 2, code: "BAD_OPTION", id: /Sebutkan file \.xlsx/, en: /Give the \.xlsx file/ },
  { name: "--sheet with two files", args: ["check", RA, RA, "--sheet", "Renaksi 2022"], exit: 2, code: "BAD_OPTION", id: /--sheet hanya dapat dipakai untuk satu file/, en: /--sheet applies to one file only/ },
  { name: "fill without a file", args: ["fill", "-o", OUT], exit: 2, code: "BAD_OPTION", id: /Sebutkan file \.xlsx masukan/, en: /Give the input \.xlsx file/ },
  { name: "fill without -o", args: ["fill", RA], exit: 2, code: "BAD_OPTION", id: /Sebutkan file keluaran dengan -o/, en: /Give the output file with -o/ },
  { name: "prepare with a word too many", args: ["prepare", RA, "lagi", "-o", OUT], exit: 2, code: "BAD_OPTION", id: /Argumen berlebih: lagi/, en: /Unexpected arguments: lagi/ },
  { name: "prepare with a year that is not one", args: ["prepare", RA, "-o", OUT, "--tahun", "dua ribu"], exit: 2, code: "BAD_OPTION", id: /--tahun: "dua ribu" bukan tahun yang sah/, en: /--tahun: "dua ribu" is not a valid year/ },
  { name: "template without a name", args: ["template", "-o", OUT], exit: 2, code: "BAD_OPTION", id: /Pilih templat: rencana-aksi, pengukuran, bulanan/, en: /Choose a template: rencana-aksi/ },
  { name: "template with an unknown name", args: ["template", "renstra", "-o", OUT], exit: 2, code: "BAD_OPTION", id: /Pilih templat/, en: /Choose a template/, process: true },
  { name: "template without -o", args: ["template", "pengukuran"], exit: 2, code: "BAD_OPTION", id: /Sebutkan file keluaran/, en: /Give the output file/ },
  { name: "template on unknown paper", args: ["template", "pengukuran", "-o", OUT, "--kertas", "Letter"], exit: 2, code: "BAD_OPTION", id: /Kertas "Letter" tidak dikenal; pilih A4 atau F4/, en: /Unknown paper "Letter"; choose A4 or F4/ },
  { name: "template in year 1999", args: ["template", "rencana-aksi", "-o", OUT, "--tahun", "1999"], exit: 2, code: "BAD_OPTION", id: /"1999" bukan tahun yang sah/, en: /"1999" is not a valid year/ },
  { name: "template with 0 rows", args: ["template", "bulanan", "-o", OUT, "--baris", "0"], exit: 2, code: "BAD_OPTION", id: /--baris: "0" harus bilangan bulat 1–200/, en: /--baris: "0" must be a whole number from 1 to 200/ },
  { name: "template with a blank agency", args: ["template", "pengukuran", "-o", OUT, "--instansi", " "], exit: 2, code: "BAD_OPTION", id: /--instansi: nama instansi tidak boleh kosong/, en: /--instansi: the agency name cannot be empty/ },
  // Where the result goes.
  { name: "fill -o equal to the input", args: ["fill", RA, "-o", RA], exit: 2, code: "SAME_AS_INPUT", id: /sama dengan file masukan.*--in-place/, en: /is the input file itself.*--in-place/, process: true },
  { name: "prepare -o equal to the input by another spelling", args: ["prepare", RA, "-o", join(dir, "hasil", "..", "rencana-aksi.xlsx")], exit: 2, code: "SAME_AS_INPUT", id: /sama dengan file masukan/, en: /is the input file itself/ },
  { name: "fill -o through a symbolic link to the input", args: ["fill", RA, "-o", f("tautan.xlsx")], exit: 2, code: "SAME_AS_INPUT", id: /sama dengan file masukan/, en: /is the input file itself/ },
  { name: "fill -o a hard link to the input", args: ["fill", RA, "-o", f("kaitan.xlsx")], exit: 2, code: "SAME_AS_INPUT", id: /sama dengan file masukan/, en: /is the input file itself/ },
  { name: "template -o an existing workbook without --in-place", args: ["template", "pengukuran", "-o", RA], exit: 2, code: "OUTPUT_EXISTS", id: /sudah ada\. Tambahkan --in-place/, en: /already exists\. Add --in-place/ },
  { name: "fill -o into a missing folder", args: ["fill", RA, "-o", f("tidak-ada/keluaran.xlsx")], exit: 2, code: "OUTPUT_FAILED", id: /Tidak dapat menulis .*foldernya tidak ada/, en: /Cannot write .*the folder does not exist/, process: true },
  { name: "prepare -o into a missing folder", args: ["prepare", RA, "-o", f("tidak-ada/pk.xlsx")], exit: 2, code: "OUTPUT_FAILED", id: /foldernya tidak ada/, en: /the folder does not exist/ },
  { name: "template -o into a missing folder", args: ["template", "pengukuran", "-o", f("tidak-ada/t.xlsx")], exit: 2, code: "OUTPUT_FAILED", id: /foldernya tidak ada/, en: /the folder does not exist/, process: true },
  { name: "fill -o under a file", args: ["fill", RA, "-o", f("bukan-folder/keluaran.xlsx")], exit: 2, code: "OUTPUT_FAILED", id: /bagian jalurnya adalah file/, en: /part of the path is a file/ },
  { name: "fill -o an existing folder", args: ["fill", RA, "-o", f("hasil")], exit: 2, code: "OUTPUT_FAILED", id: /itu sebuah folder/, en: /that is a folder/ },
  { name: "template -o an existing folder", args: ["template", "pengukuran", "-o", f("hasil"), "--in-place"], exit: 2, code: "OUTPUT_FAILED", id: /itu sebuah folder/, en: /that is a folder/ },
  { name: "fill -o into a read-only folder", args: ["fill", RA, "-o", f("terkunci/keluaran.xlsx")], exit: 2, code: "OUTPUT_FAILED", id: /tidak boleh ditulis/, en: /may not be written/, skip: !readOnlyHolds },
];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real `node bin/cermat.js`, as a person runs it. */
function cermat(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["bin/cermat.js", ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

async function inProcess(args: readonly string[], commands?: readonly CliCommand[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, {}, commands);
  return { code, stdout: out.map((l) => `${l}\n`).join(""), stderr: err.map((l) => `${l}\n`).join("") };
}

/** At most a few processes at once: each starts tsx, about a second of CPU. */
function pool(size: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

const STACK = /\n\s+at |\.ts:\d+|\bError:|node:internal/;

function expectOneLine(run: Run, exit: number, message: RegExp): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: exit, stdout: "" });
  expect(run.stderr.endsWith("\n") && run.stderr.split("\n")).toHaveLength(2);
  expect(run.stderr).toMatch(/^cermat: /);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(STACK);
}

function expectJsonError(run: Run, exit: number, code: string, message: RegExp): void {
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: exit, stderr: "" });
  const doc = JSON.parse(run.stdout) as { error: { code: string; message: string } };
  expect(doc).toEqual({ error: { code, message: expect.any(String) } });
  expect(doc.error.message).toMatch(message);
  expect(doc.error.message).not.toMatch(STACK);
}

/** Names of the files in the temp folder, to see that a refused or failed run left nothing behind. */
const listing = () => readdirSync(dir).sort();

describe("cermat on bad input: the exit code, one line (or one JSON document), Indonesian and English, no stack trace", () => {
  const processRuns = new Map<string, Promise<Run>>();
  let before: string[];

  beforeAll(() => {
    before = listing();
    const limit = pool(3);
    // Every process case in Indonesian text; every other one also with --json in English.
    CASES.filter((c) => c.process && !c.skip).forEach((c, i) => {
      processRuns.set(`${c.name}/id`, limit(() => cermat(c.args)));
      if (i % 2 === 0) processRuns.set(`${c.name}/json`, limit(() => cermat([...c.args, "--json", ...(c.en ? ["--lang", "en"] : [])])));
    });
  });

  afterAll(() => {
    chmodSync(f("terkunci"), 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it("has at least 40 cases, a dozen of them as real processes", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => c.process).length).toBeGreaterThanOrEqual(12);
  });

  describe.each(CASES)("$name", (c) => {
    const maybe = c.skip ? it.skip : it;

    maybe("in Indonesian: one line on stderr", async () => {
      expectOneLine(await (processRuns.get(`${c.name}/id`) ?? inProcess(c.args)), c.exit, c.id);
    });

    maybe("in English (--lang en before the command): one line on stderr", async () => {
      if (c.en === null) return;
      expectOneLine(await inProcess(["--lang", "en", ...c.args]), c.exit, c.en);
    });

    maybe("with --json: one error document on stdout, nothing on stderr", async () => {
      const json = await (processRuns.get(`${c.name}/json`) ?? inProcess(["--json", ...c.args]));
      const asked = processRuns.has(`${c.name}/json`) && c.en !== null;
      expectJsonError(json, c.exit, c.code, asked ? (c.en as RegExp) : c.id);
    });
  });

  it("left the input untouched and no file (output, temp file or copy) behind", () => {
    expect(readFileSync(RA).equals(lombok)).toBe(true);
    expect(listing()).toEqual(before);
    expect(readdirSync(f("hasil"))).toEqual([]);
  });
});

describe("--in-place keeps a copy of the original first, never over an earlier copy", () => {
  it("writes NAME (sebelum Cermat) 2.xlsx when NAME (sebelum Cermat).xlsx is there, then says so after the write", async () => {
    const here = mkdtempSync(join(tmpdir(), "cermat-in-place-"));
    const ra = join(here, "ra.xlsx");
    copyFileSync(join(FIXTURES, "lombok-tengah.xlsx"), ra);
    writeFileSync(join(here, "ra (sebelum Cermat).xlsx"), "an earlier copy");
    const run = await inProcess(["prepare", ra, "-o", ra, "--in-place"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const copy = join(here, "ra (sebelum Cermat) 2.xlsx");
    expect(readFileSync(copy).equals(lombok)).toBe(true);
    expect(readFileSync(join(here, "ra (sebelum Cermat).xlsx"), "utf8")).toBe("an earlier copy");
    expect(run.stdout.split("\n")[0]).toBe(`Salinan file asli disimpan sebagai ${copy}.`);
    expect(await (await XlsxFileWorkbook.fromFile(ra)).sheetNames()).toContain("Pengukuran Kinerja");
    expect(readdirSync(here).sort()).toEqual(["ra (sebelum Cermat) 2.xlsx", "ra (sebelum Cermat).xlsx", "ra.xlsx"]);
  });

  it("names the copy in the JSON document", async () => {
    const here = mkdtempSync(join(tmpdir(), "cermat-in-place-"));
    const ra = join(here, "ra.xlsx");
    copyFileSync(join(FIXTURES, "lombok-tengah.xlsx"), ra);
    const run = await inProcess(["fill", ra, "-o", ra, "--in-place", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: ra, output: ra, copy: join(here, "ra (sebelum Cermat).xlsx") });
    expect(existsSync(join(here, "ra (sebelum Cermat).xlsx"))).toBe(true);
  });
});

describe("failures that no file here can provoke", () => {
  const words = { id: cliWords("id"), en: cliWords("en") };

  it.each([
    ["a WorkbookError TOO_LARGE", new WorkbookError("TOO_LARGE", "xl/worksheets/sheet1.xml is 900 MB")],
    ["a PackageLimitError that reached the command line unwrapped", new PackageLimitError("maxUncompressedBytes", 2e9, 1e9)],
  ])("%s is TOO_LARGE, exit 2, in both languages", (_, error) => {
    const id = describeFailure(error, words.id, "besar.xlsx");
    const en = describeFailure(error, words.en, "besar.xlsx");
    expect(id).toBeInstanceOf(CliError);
    expect(id).toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/^Berkas terlalu besar untuk dibuka: besar\.xlsx/) });
    expect(en).toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/^The file is too large to open: besar\.xlsx/) });
  });

  const broken: CliCommand = { name: "check", summary: { id: "", en: "" }, run: () => Promise.reject(new Error("writer: not implemented\n    at writer.ts:5")) };

  it("an internal fault is exit 3 in one line, and INTERNAL with --json", async () => {
    const text = await inProcess(["check", RA], [broken]);
    expect(text).toEqual({ code: 3, stdout: "", stderr: "cermat: Terjadi kesalahan di dalam Cermat: writer: not implemented\n" });
    const json = await inProcess(["check", RA, "--json", "--lang", "en"], [broken]);
    expectJsonError(json, 3, "INTERNAL", /^Something went wrong inside Cermat: writer: not implemented$/);
  });

  it("a damaged column-choices sheet stops fill before anything is written", async () => {
    const book = await XlsxWorkbook.fromBuffer(lombok);
    book.workbook.addWorksheet("_cermat_columns", { state: "veryHidden" }).addRows([["sheet", "column", "role"], ["Renaksi 2022", "K", "pagu"]]);
    const here = mkdtempSync(join(tmpdir(), "cermat-choices-"));
    writeFileSync(join(here, "rusak.xlsx"), await book.toBuffer());
    const run = await inProcess(["fill", join(here, "rusak.xlsx"), "-o", join(here, "out.xlsx"), "--json"]);
    expectJsonError(run, 2, "COLUMN_CHOICES_DAMAGED", /_cermat_columns \(pilihan kolom\) rusak/);
    expect(readdirSync(here)).toEqual(["rusak.xlsx"]);
  });
});
