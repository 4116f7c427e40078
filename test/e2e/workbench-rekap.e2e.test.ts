/**
 * The workbench's rekap in a real browser (Debian's Chromium): several workbooks opened at once are
 * each checked in the page, one row per file and sheet, with the same counts `cermat check` gives
 * (computed here in node with the command line's own steps); sorted, filtered, a row opened in the
 * single-file view with the pane's findings, and back to the rekap without reading the files again.
 * Nothing leaves the page, and axe-core finds no serious or critical violation at 350 and 1280 px.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { analyzeSheet } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { withCrossSheetFindings } from "../../src/engine/workbook/cross-sheet";
import { buildCheckReport } from "../../src/report/check-report";
import { buildRekap, type Rekap } from "../../src/report/rekap";
import { XlsxFileWorkbook } from "../../src/xlsx/node-file";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import { artifactPath, browserAvailable, workbenchSession } from "../support/browser";
import { overflowing, seriousViolations } from "../support/page-checks";

const FIXTURES = join(__dirname, "..", "fixtures");
/** In the order the rekap lists them: by path. */
const NAMES = ["lombok-tengah-clean.xlsx", "lombok-tengah.xlsx", "not-rencana-aksi.xlsx"];
const CORRUPT = { name: "rusak.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\u0003\u0004 bukan buku kerja") };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const run = browserAvailable() ? describe : describe.skip;

/** The rekap as the command line builds it: each file read, every sheet analysed, the workbook's documents compared. */
async function expectedRekap(): Promise<Rekap> {
  const outcomes = [];
  for (const name of NAMES) {
    const book = await XlsxFileWorkbook.fromFile(join(FIXTURES, name));
    const analyses = [];
    for (const sheet of await book.sheetNames()) analyses.push(analyzeSheet(await book.readSheet(sheet), DEFAULT_SETTINGS, await book.columnChoices(sheet)));
    outcomes.push({ file: name, report: buildCheckReport(name, withCrossSheetFindings(analyses), "id") });
  }
  outcomes.push({ file: CORRUPT.name, failure: { code: "UNREADABLE_FILE", message: "-" } });
  return buildRekap(outcomes, () => "-");
}

interface ShownRow {
  file: string;
  sheet: string | null;
  status: string;
  errors: number;
  warnings: number;
}

function shownRows(page: Page): Promise<ShownRow[]> {
  return page.locator('[data-testid="rekap"] tbody tr').evaluateAll((rows) =>
    rows.map((tr) => ({
      file: tr.getAttribute("data-file") ?? "",
      sheet: tr.getAttribute("data-sheet"),
      status: tr.getAttribute("data-status") ?? "",
      errors: Number(tr.getAttribute("data-errors")),
      warnings: Number(tr.getAttribute("data-warnings")),
    })),
  );
}

run("the workbench's rekap of several workbooks", () => {
  const session = workbenchSession();
  let page: Page;
  let expected: Rekap;

  beforeAll(async () => {
    expected = await expectedRekap();
  });

  beforeEach(() => {
    page = session.page;
  });

  async function openAll(): Promise<void> {
    const files = NAMES.map((name) => ({ name, mimeType: XLSX, buffer: readFileSync(join(FIXTURES, name)) }));
    await page.getByTestId("file-input").setInputFiles([...files, CORRUPT]);
    await page.getByRole("heading", { name: "Rekap Pemeriksaan Dokumen SAKIP" }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="rekap"] tbody tr').length === 4 && !document.querySelector('[role="progressbar"]'));
  }

  it("checks every file in the page: a row per sheet, the command line's counts and statuses, the damaged file named", async () => {
    await openAll();
    const rows = await shownRows(page);
    expect(rows).toEqual(expected.rows.map((r) => ({ file: r.file, sheet: r.sheet ?? null, status: r.status, errors: r.errors, warnings: r.warnings })));
    expect(rows.map((r) => r.status)).toEqual([expect.stringMatching(/^(ready|incomplete)$/), "errors", "not-sakip", "unreadable"]);
    expect(rows[1].errors).toBeGreaterThan(0);
    const totals = await page.getByTestId("rekap-totals").innerText();
    expect(totals).toContain("4 file");
    expect(totals).toContain(`${expected.totals.errors} kesalahan`);
    await page.getByText("rusak.xlsx tidak dapat dibuka: Berkas tidak dapat dibaca.", { exact: false }).waitFor();
    // The damaged file has nothing to open; the others are links.
    await expect(page.getByRole("button", { name: /^Buka rusak\.xlsx/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Buka not-rencana-aksi.xlsx" }).count()).resolves.toBe(1);
    await page.screenshot({ path: artifactPath("workbench-rekap.png") });
  });

  it("downloads the rekap as the command line writes it: a workbook with Rekap and Temuan, and one offline page", async () => {
    await openAll();
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh rekap (.xlsx)" }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^rekap-cermat-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const saved = artifactPath("rekap-cermat.xlsx");
    await xlsx.saveAs(saved);
    const book = await PackageWorkbook.fromBuffer(new Uint8Array(readFileSync(saved)));
    expect(await book.sheetNames()).toEqual(["Rekap", "Temuan"]);
    const grid = await book.readSheet("Rekap");
    const listed = grid.rows.slice(5).filter((r) => typeof r[0]?.value === "number").map((r) => r[1]?.value);
    expect(listed).toEqual(expected.rows.map((r) => r.file));
    const temuan = await book.readSheet("Temuan");
    expect(temuan.rows.slice(5).filter((r) => typeof r[0]?.value === "number")).toHaveLength(expected.temuan.length);

    const [html] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh rekap (.html)" }).click()]);
    expect(html.suggestedFilename()).toMatch(/^rekap-cermat-\d{4}-\d{2}-\d{2}\.html$/);
    const page2 = artifactPath("rekap-cermat.html");
    await html.saveAs(page2);
    const text = readFileSync(page2, "utf8");
    expect(text).toMatch(/^<!doctype html>/);
    for (const r of expected.rows) expect(text).toContain(r.file);
  });

  it("sorts by a column heading and filters by status", async () => {
    await openAll();
    const errorsHeading = page.locator('th[data-column="errors"]');
    await expect(errorsHeading.getAttribute("aria-sort")).resolves.toBe("none");
    await errorsHeading.click();
    await expect(errorsHeading.getAttribute("aria-sort")).resolves.toBe("descending");
    const descending = (await shownRows(page)).map((r) => r.errors);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect((await shownRows(page))[0].file).toBe("lombok-tengah.xlsx");
    // From the keyboard too: the heading's button takes Enter.
    await errorsHeading.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await expect(errorsHeading.getAttribute("aria-sort")).resolves.toBe("ascending");
    await expect(page.locator('th[data-column="file"]').getAttribute("aria-sort")).resolves.toBe("none");
    const ascending = (await shownRows(page)).map((r) => r.errors);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.getByRole("combobox", { name: "Tampilkan status" }).selectOption("errors");
    await expect(shownRows(page)).resolves.toEqual([expect.objectContaining({ file: "lombok-tengah.xlsx", status: "errors" })]);
    await page.getByRole("combobox", { name: "Tampilkan status" }).selectOption("all");
    await expect(page.locator('[data-testid="rekap"] tbody tr').count()).resolves.toBe(4);
  });

  it("opens a row's sheet with the pane's findings, and goes back to the rekap without reading the files again", async () => {
    await openAll();
    await page.locator('th[data-column="errors"]').click();
    const row = expected.rows.find((r) => r.status === "errors")!;
    await page.getByRole("button", { name: `Buka ${row.file}, sheet ${row.sheet}` }).click();
    await page.locator(`table[data-sheet="${row.sheet}"]`).waitFor();
    await page.getByText(`${row.file}, sheet ${row.sheet} (dari rekap).`).waitFor();
    // The pane checked the sheet on opening: the same errors as the rekap row, listed and marked.
    await page.locator('[data-severity="error"][data-count]').first().waitFor();
    await expect(page.locator('li[data-severity="error"]').first().getAttribute("data-count")).resolves.toBe(String(row.errors));
    await expect(page.locator('button[data-code][data-severity="error"]').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath("workbench-rekap-row.png") });

    await page.getByRole("button", { name: "Kembali ke rekap" }).click();
    await page.getByRole("heading", { name: "Rekap Pemeriksaan Dokumen SAKIP" }).waitFor();
    // Straight back: no progress bar (nothing read or checked again), the order chosen kept.
    await expect(page.locator('[role="progressbar"]').count()).resolves.toBe(0);
    await expect(page.locator('th[data-column="errors"]').getAttribute("aria-sort")).resolves.toBe("descending");
    await expect(shownRows(page)).resolves.toHaveLength(4);
    await expect(page.locator(`table[data-sheet]`).count()).resolves.toBe(0);

    // The file that is not a SAKIP document opens on its first sheet, to see why.
    await page.getByRole("button", { name: "Buka not-rencana-aksi.xlsx" }).click();
    await page.locator("table[data-sheet]").waitFor();
    await page.locator('[data-state="not-recognized"]').waitFor();
  });

  it("files dropped on the page make a rekap too", async () => {
    const payload = NAMES.slice(0, 2).map((name) => ({ name, bytes: [...readFileSync(join(FIXTURES, name))] }));
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
      document.querySelector("main")!.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, payload);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="rekap"] tbody tr').length === 2 && !document.querySelector('[role="progressbar"]'));
    await expect(shownRows(page)).resolves.toEqual(expected.rows.slice(0, 2).map((r) => expect.objectContaining({ file: r.file, errors: r.errors })));
  });

  for (const size of [{ width: 350, height: 720 }, { width: 1280, height: 720 }]) {
    it(`the rekap at ${size.width}×${size.height}: nothing runs off the page, no serious accessibility violation`, async () => {
      await page.setViewportSize(size);
      await openAll();
      await page.screenshot({ path: artifactPath(`workbench-rekap-${size.width}.png`), fullPage: true });
      expect(await overflowing(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
