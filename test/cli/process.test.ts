import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `node bin/cermat.js` as a person would, from the repository root. */
function cermat(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["bin/cermat.js", ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** One line on stderr, nothing that looks like a stack trace. */
function expectOneLine(run: Run, pattern: RegExp): void {
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |\.ts:\d+|Error:/);
}

describe("cermat check, run as a process: what goes wrong says so in one line, exit 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "cermat-cli-"));
  const csv = join(dir, "rencana-aksi.xlsx");
  writeFileSync(csv, "No;Indikator;Target\n1;Jumlah koperasi;30\n");

  it("a file that does not exist", async () => {
    const run = await cermat("check", join(dir, "tidak-ada.xlsx"));
    expect(run.code).toBe(2);
    expectOneLine(run, /^cermat: File .*tidak-ada\.xlsx tidak ditemukan\.$/m);
    expect(run.stdout).toBe("");
  });

  it("a .csv renamed to .xlsx, in English with --lang en, as the JSON error document with --json", async () => {
    const run = await cermat("check", csv, "--lang", "en", "--json");
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: "UNREADABLE_FILE", message: expect.stringMatching(/is not an Excel \.xlsx file/) } });
    expect(run.stderr).toBe("");
  });

  it("an option that does not exist", async () => {
    const run = await cermat("check", "--lembar", "RA", csv);
    expect(run.code).toBe(2);
    expectOneLine(run, /Opsi --lembar tidak dikenal/);
  });

  it("help in Indonesian and English, exit 0", async () => {
    const run = await cermat("check", "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Pemakaian: cermat check FILE.xlsx");
    expect(run.stdout).toContain("Usage: cermat check FILE.xlsx");
  });
});
