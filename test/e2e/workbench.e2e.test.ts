/**
 * The workbench in a real browser: open a seed workbook, Periksa, see the budget findings with
 * their root causes, select a cell from a finding, remove the marks, download, insert a template.
 * Screenshots of the pane go to test-artifacts/e2e/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { artifactPath, browserAvailable, builtPages, launchBrowser, serveFolder, type Browser, type StaticServer } from "../support/browser";

const LOMBOK = join(__dirname, "..", "fixtures", "lombok-tengah.xlsx");
const run = browserAvailable() ? describe : describe.skip;

run("the workbench in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(builtPages());
    browser = await launchBrowser(server.origin);
    mkdirSync(dirname(artifactPath("x")), { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    await page.goto(`${server.origin}/workbench.html`);
  });

  afterEach(async () => {
    await page.close();
  });

  async function openLombok(): Promise<void> {
    await page.getByTestId("file-input").setInputFiles(LOMBOK);
    await page.locator('table[data-sheet="Renaksi 2022"]').waitFor();
  }

  async function periksa(): Promise<void> {
    await page.getByRole("button", { name: "Periksa", exact: true }).click();
    await page.locator("button[data-code]").first().waitFor();
  }

  it("opens a seed workbook, finds the three wrong quarterly budgets, and folds what follows from them", async () => {
    await openLombok();
    await periksa();
    const roots = await page.locator('button[data-code="BUDGET_PERIOD_SUM"][data-severity="error"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    expect(roots.sort()).toEqual(["K48", "K62", "K97"]);
    // Derived findings are folded under their root until the person opens them.
    const derivedToggle = page.getByRole("button", { expanded: false }).first();
    await derivedToggle.click();
    await expect(page.locator('button[data-cell="K45"]').isVisible()).resolves.toBe(true);
    // The marks are in the sheet: the root cell is filled.
    await expect(page.locator('td[data-address="K48"]').getAttribute("data-fill")).resolves.toBeTruthy();
    await page.screenshot({ path: artifactPath("workbench-periksa.png"), fullPage: false });
    expect(browser.outside).toEqual([]);
  });

  it("selects the cell of a finding in the grid", async () => {
    await openLombok();
    await periksa();
    await page.locator('button[data-cell="K62"]').click();
    const selected = page.locator('td[aria-current="true"]');
    await selected.waitFor();
    await expect(selected.getAttribute("data-address")).resolves.toBe("K62");
  });

  it("removes every mark and brings the original fills back, then downloads a clean workbook", async () => {
    await openLombok();
    const before = await page.locator('td[data-address="K48"]').getAttribute("data-fill");
    await periksa();
    await page.getByRole("button", { name: "Hapus tanda" }).click();
    await page.waitForFunction(([addr, fill]) => document.querySelector(`td[data-address="${addr}"]`)?.getAttribute("data-fill") === fill, ["K48", before] as const);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh .xlsx" }).click()]);
    const file = artifactPath("lombok-tengah-cermat.xlsx");
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Renaksi 2022")!;
    expect(sheet.getCell("K48").note).toBeUndefined();
    expect(sheet.getCell("K48").value).toBe(26005473);
  });

  it("downloads the marks too, each with its message as a note", async () => {
    await openLombok();
    await periksa();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh .xlsx" }).click()]);
    const file = artifactPath("lombok-tengah-ditandai.xlsx");
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const note = workbook.getWorksheet("Renaksi 2022")!.getCell("K48").note;
    expect(JSON.stringify(note)).toContain("26.005.473");
  });

  it("runs from the keyboard: Tab to Periksa, Enter to check", async () => {
    await page.getByRole("button", { name: "Buka contoh" }).click();
    await page.locator("table[data-sheet]").waitFor();
    const periksaButton = page.getByRole("button", { name: "Periksa", exact: true });
    for (let i = 0; i < 30 && !(await periksaButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(periksaButton.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await page.getByTestId("live").filter({ hasText: /./ }).waitFor();
    await page.screenshot({ path: artifactPath("workbench-sample.png") });
  });

  it("inserts a template as a new sheet", async () => {
    await page.getByRole("button", { name: "Buka contoh" }).click();
    await page.locator("table[data-sheet]").waitFor();
    const tabsBefore = await page.getByRole("tab").count();
    await page.getByRole("tab", { name: "Alat" }).click();
    // Without the agency's name the form says what to fix and writes nothing.
    await page.getByRole("button", { name: "Sisipkan", exact: true }).click();
    await page.getByText("Isi nama instansi; templat menuliskannya di kop.").waitFor();
    await expect(page.getByRole("tab").count()).resolves.toBe(tabsBefore);
    await page.getByLabel(/Nama instansi/).fill("Dinas Koperasi dan UKM");
    await page.getByRole("button", { name: "Sisipkan", exact: true }).click();
    await page.getByText(/Lembar ".+" ditambahkan/).waitFor();
    await expect(page.getByRole("tab").count()).resolves.toBe(tabsBefore + 1);
    await page.screenshot({ path: artifactPath("workbench-template.png") });
  });

  it("the task pane page outside Office says where to go instead", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("link", { name: "Buka meja kerja" }).waitFor();
    await page.screenshot({ path: artifactPath("taskpane-outside-office.png") });
  });
});
