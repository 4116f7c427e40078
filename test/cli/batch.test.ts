import { execFile } from "node:child_process";
import { join, relative } from "node:path";
import { readFileSync, rmSync } from "node:fs";
import { DEFAULT_FILE_TIMEOUT_S, fileTimeoutMs } from "../../src/cli/batch/worker-pool";
import { runCli } from "../../src/cli/run";
import { cliWords } from "../../src/i18n/cli";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import type { FileOutcome, Rekap } from "../../src/report/rekap";
import { reviewFolder } from "./batch-folder";

const ROOT = join(__dirname, "..", "..");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cermat(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["bin/cermat.js", ...args], { cwd: ROOT, timeout: 120_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), progress: (l: string) => progress.push(l) }, out, err, progress };
}

const folder = reviewFolder();
const rel = (path: string) => relative(folder.dir, path);
afterAll(() => rmSync(folder.dir, { recursive: true, force: true }));

describe("cermat check FOLDER: the reviewers' rekap, run as a process with a worker per core", () => {
  let json: { files: FileOutcome[]; rekap: Rekap };
  let run: Run;
  beforeAll(async () => {
    run = await cermat(["check", folder.dir, "-r", "--json"], { CERMAT_WORKERS: "2" });
    json = JSON.parse(run.stdout) as typeof json;
  });

  it("takes every workbook of the folder and its subfolder, sorted, without Excel's lock file or other files", () => {
    expect(json.files.map((f) => rel(f.file))).toEqual([...folder.topLevel, folder.nested].sort(new Intl.Collator("id", { numeric: true }).compare));
  });

  it("gives each file its status: the good one ready, the wrong one with its errors, the others listed with their reason", () => {
    const status = (name: string) => json.rekap.rows.filter((r) => rel(r.file) === name).map((r) => r.status);
    expect(status("01 Dinas Koperasi Lombok Tengah.xlsx")).toEqual(["ready"]);
    expect(status("02 Dinas Koperasi Nganjuk.xlsx")).toEqual(["errors"]);
    expect(status("03 Daftar harga ATK.xlsx")).toEqual(["not-sakip"]);
    expect(status("04 Rencana Aksi (terpotong).xlsx")).toEqual(["unreadable"]);
    expect(status("05 Rencana Aksi csv.xlsx")).toEqual(["unreadable"]);
    expect(status(folder.nested)).toEqual(["errors", "incomplete", "ready"]);
    const reason = (name: string) => json.rekap.rows.find((r) => rel(r.file) === name)?.reason ?? "";
    expect(reason("04 Rencana Aksi (terpotong).xlsx")).toMatch(/rusak dan tidak dapat dibaca/);
    expect(reason("05 Rencana Aksi csv.xlsx")).toMatch(/bukan file Excel \.xlsx/);
    expect(reason("03 Daftar harga ATK.xlsx")).toMatch(/tidak diperiksa/);
  });

  it("reads the OPD from each sheet's kop and counts rows and findings as the single-file check does", async () => {
    const nganjuk = json.rekap.rows.find((r) => rel(r.file).startsWith("02"))!;
    expect(nganjuk.opd).toMatch(/DINAS KOPERASI/i);
    expect(nganjuk.document).toBe("rencana-aksi");
    const single = await cermat(["check", join(folder.dir, "02 Dinas Koperasi Nganjuk.xlsx"), "--json"]);
    const findings = (JSON.parse(single.stdout) as { sheets: Array<{ findings: Array<{ severity: string }> }> }).sheets[0].findings;
    expect(nganjuk.errors).toBe(findings.filter((f) => f.severity === "error").length);
    expect(nganjuk.rowsRead).toBeGreaterThan(40);
  });

  it("exits 1: a file has errors and two could not be read", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(json.rekap.totals).toMatchObject({ files: 6, unreadable: 2, notSakip: 1 });
  });

  it("without -r leaves the subfolder out; only good files exit 0", async () => {
    const top = await cermat(["check", folder.dir, "--json"]);
    expect((JSON.parse(top.stdout) as { files: FileOutcome[] }).files.map((f) => rel(f.file))).toEqual(folder.topLevel);
    const good = await cermat(["check", join(folder.dir, "01 Dinas Koperasi Lombok Tengah.xlsx"), join(folder.dir, "03 Daftar harga ATK.xlsx")]);
    expect(good.code).toBe(0);
  });

  it("prints the rekap as a table with the reasons and the totals, in English with --lang en", async () => {
    const text = await cermat(["check", folder.dir, "--lang", "en"], { CERMAT_WORKERS: "2" });
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe("Review summary of 5 files");
    expect(lines[1]).toBe(`Folder: ${folder.dir}`);
    expect(lines[3]).toMatch(/^File\s+Sheet\s+Agency \(from the heading\)\s+Document\s+Rows read\s+Errors\s+Warnings\s+Columns not understood\s+Status$/);
    expect(text.stdout).toMatch(/02 Dinas Koperasi Nganjuk\.xlsx\s+Lampiran RA 2022\s+.*Has errors/);
    expect(text.stdout).toMatch(/Notes:\n {2}03 Daftar harga ATK\.xlsx: .*\n {2}04 Rencana Aksi \(terpotong\)\.xlsx: File .* is damaged/);
    expect(lines.at(-2)).toMatch(/^5 files, 2 sheets checked, 2 unreadable, 1 not SAKIP documents, \d+ errors/);
    // Not a terminal: no progress bar in the log.
    expect(text.stderr).toBe("");
  });

  it("refuses what names one workbook's sheets or columns, and a folder that is not there", async () => {
    const sheet = await cermat(["check", folder.dir, "--sheet", "Renaksi 2022"]);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toMatch(/--sheet hanya dapat dipakai untuk satu file/);
    const missing = await cermat(["check", join(folder.dir, "tidak-ada"), folder.dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/tidak-ada tidak ditemukan/);
  });
});

describe("a workbook whose check does not end (CERMAT_FILE_TIMEOUT)", () => {
  it("stops the worker after the time limit, reports the file as not checked and goes on with the next", async () => {
    // A millisecond: no worker answers in time, so every file meets the limit (a hang, as far as the pool can tell).
    const slow = await cermat(["check", folder.dir, "--json"], { CERMAT_WORKERS: "2", CERMAT_FILE_TIMEOUT: "0.001" });
    const { files, rekap } = JSON.parse(slow.stdout) as { files: FileOutcome[]; rekap: Rekap };
    expect(files.map((f) => rel(f.file))).toEqual(folder.topLevel);
    expect(files.map((f) => f.failure?.code)).toEqual(folder.topLevel.map(() => "TIMEOUT"));
    expect(files[0].failure?.message).toMatch(/tidak selesai diperiksa dalam 1 detik dan dihentikan; file lain tetap diperiksa/);
    expect(rekap.rows.map((r) => r.status)).toEqual(folder.topLevel.map(() => "unreadable"));
    expect(slow.code).toBe(1);
    expect(slow.stderr).toBe("");
  });

  it("reads the limit in seconds, five minutes when unset or not a positive number", () => {
    expect(fileTimeoutMs({ CERMAT_FILE_TIMEOUT: "90" })).toBe(90_000);
    expect(fileTimeoutMs({ CERMAT_FILE_TIMEOUT: "0.5" })).toBe(500);
    for (const unset of [{}, { CERMAT_FILE_TIMEOUT: "" }, { CERMAT_FILE_TIMEOUT: "0" }, { CERMAT_FILE_TIMEOUT: "-3" }, { CERMAT_FILE_TIMEOUT: "lama" }]) {
      expect(fileTimeoutMs(unset)).toBe(DEFAULT_FILE_TIMEOUT_S * 1000);
    }
    expect(DEFAULT_FILE_TIMEOUT_S).toBe(300);
    // The help says the limit that applies.
    for (const lang of ["id", "en"] as const) expect(cliWords(lang).checkHelp).toMatch(new RegExp(`${DEFAULT_FILE_TIMEOUT_S} (detik|seconds).*CERMAT_FILE_TIMEOUT`));
  });
});

describe("cermat check FOLDER --report rekap.xlsx --html rekap.html", () => {
  it("writes both reports and says so; a later run does not take its own report for a workbook", async () => {
    const report = join(folder.dir, "rekap.xlsx");
    const html = join(folder.dir, "rekap.html");
    const first = await cermat(["check", folder.dir, "--report", report, "--html", html]);
    expect(first.code).toBe(1);
    expect(first.stdout.trimEnd().split("\n").slice(-2)).toEqual([`Ditulis: ${report}`, `Ditulis: ${html}`]);
    const book = await PackageWorkbook.fromBuffer(new Uint8Array(readFileSync(report)));
    expect(await book.sheetNames()).toEqual(["Rekap", "Temuan"]);
    expect(readFileSync(html, "utf8")).toMatch(/^<!doctype html>/);
    const again = await cermat(["check", folder.dir, "--json", "--report", report]);
    const json = JSON.parse(again.stdout) as { files: FileOutcome[]; written: string[] };
    expect(json.files.map((f) => rel(f.file))).toEqual(folder.topLevel);
    expect(json.written).toEqual([report]);
    rmSync(report);
    rmSync(html);
  });

  it("refuses a report named as one of the workbooks to check, and a report whose folder is missing, before reading any file", async () => {
    const workbook = join(folder.dir, "02 Dinas Koperasi Nganjuk.xlsx");
    const before = readFileSync(workbook);
    const same = await cermat(["check", workbook, join(folder.dir, "01 Dinas Koperasi Lombok Tengah.xlsx"), "--report", workbook]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/adalah salah satu file yang diperiksa; Cermat tidak menimpanya/);
    expect(readFileSync(workbook).equals(before)).toBe(true);
    const missing = await cermat(["check", folder.dir, "--html", join(folder.dir, "tidak-ada", "rekap.html"), "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^cermat: Cannot write .*rekap\.html: the folder does not exist/);
    expect(missing.stdout).toBe("");
  });
});

describe("cermat check FOLDER in this process (CERMAT_WORKERS=1)", () => {
  it("draws the progress bar where a terminal watches, file by file, and clears it at the end", async () => {
    const c = capture();
    expect(await runCli(["check", folder.dir], c.io, { CERMAT_WORKERS: "1" })).toBe(1);
    expect(c.progress[0]).toMatch(/^\[-{20}\] Memeriksa 0\/5 file$/);
    expect(c.progress.slice(1, 5).every((l) => /sisa ± \d+:\d\d$/.test(l))).toBe(true);
    expect(c.progress.at(-2)).toMatch(/^\[#{20}\] Memeriksa 5\/5 file$/);
    expect(c.progress.at(-1)).toBe("");
    expect(c.out.join("\n")).toMatch(/^Rekap pemeriksaan 5 file/);
  });

  it("gives the same rekap as the worker threads", async () => {
    const one = capture();
    await runCli(["check", folder.dir, "-r", "--json"], one.io, { CERMAT_WORKERS: "1" });
    const parallel = await cermat(["check", folder.dir, "-r", "--json"], { CERMAT_WORKERS: "2" });
    expect((JSON.parse(one.out[0]) as { rekap: Rekap }).rekap).toEqual((JSON.parse(parallel.stdout) as { rekap: Rekap }).rekap);
  });

  it("a folder without workbooks is said, exit 2", async () => {
    const empty = capture();
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    expect(await runCli(["check", mkdtempSync(join(tmpdir(), "kosong-"))], empty.io)).toBe(2);
    expect(empty.err[0]).toMatch(/Tidak ada file \.xlsx atau \.xlsm di .*kosong-/);
  });
});
