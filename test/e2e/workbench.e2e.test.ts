/**
 * The workbench and the task pane page in a real browser (Debian's Chromium): open a seed workbook,
 * Periksa, see the budget findings with their root causes, select a cell from a finding, remove the
 * marks, download and read the file back, insert a template. Expectations about the Lombok budgets
 * come from the fixture's independent oracle (test/fixtures/expected), not from the engine.
 * Screenshots of the pane go to test-artifacts/e2e/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { artifactPath, browserAvailable, workbenchSession, type StaticServer } from "../support/browser";

const FIXTURES = join(__dirname, "..", "fixtures");
const LOMBOK = join(FIXTURES, "lombok-tengah.xlsx");
const BONE = join(FIXTURES, "bone.xlsx");
const SHEET = "Renaksi 2022";
const SHEET_TABS = "Lembar kerja";

interface Mismatch {
  cell: string;
  derivedFrom: string[];
}
const oracle = JSON.parse(readFileSync(join(FIXTURES, "expected", "lombok-tengah.json"), "utf8")) as { periodSumMismatches: Mismatch[] };
const ROOTS = oracle.periodSumMismatches.filter((m) => m.derivedFrom.length === 0).map((m) => m.cell).sort();
const DERIVED = oracle.periodSumMismatches.filter((m) => m.derivedFrom.length > 0);

const run = browserAvailable() ? describe : describe.skip;

/** Every cell of the shown grid page with its fill, as the workbench paints it. */
function gridFills(page: Page): Promise<Record<string, string | null>> {
  return page.locator("td[data-address]").evaluateAll((cells) => Object.fromEntries(cells.map((td) => [td.getAttribute("data-address") ?? "", td.getAttribute("data-fill")])));
}

/** Fill and note of every cell of a sheet, as ExcelJS reads them. */
function looks(sheet: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      out.set(cell.address, JSON.stringify({ fill: cell.fill ?? null, note: cell.note ?? null }));
    }),
  );
  return out;
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

run("the workbench in Chromium", () => {
  // No uncaught error in the page and nothing fetched from outside the test server, after every test.
  const session = workbenchSession();
  let page: Page;
  let server: StaticServer;
  beforeEach(() => {
    page = session.page;
    server = session.server;
  });

  async function openLombok(): Promise<void> {
    await page.getByTestId("file-input").setInputFiles(LOMBOK);
    await page.getByText("lombok-tengah.xlsx", { exact: false }).first().waitFor();
    await page.locator(`table[data-sheet="${SHEET}"]`).waitFor();
  }

  async function periksa(): Promise<void> {
    await page.getByRole("button", { name: "Periksa", exact: true }).click();
    await page.locator("button[data-code]").first().waitFor();
  }

  /** Budget findings shown at the top level of the list, not folded under a root. */
  function topLevelBudgetCells(): Promise<string[]> {
    return page
      .locator('button[data-code="BUDGET_PERIOD_SUM"]')
      .evaluateAll((els) => els.filter((e) => !e.closest("[data-derived-of]")).map((e) => `${e.getAttribute("data-cell")}:${e.getAttribute("data-severity")}`));
  }

  it("opens a seed workbook, shows the three wrong quarterly budgets as errors, and folds what follows from them", async () => {
    await openLombok();
    await periksa();
    expect((await topLevelBudgetCells()).sort()).toEqual(ROOTS.map((cell) => `${cell}:error`));

    // Each sum upset by a root is folded under one of its roots, hidden until asked for.
    for (const { cell, derivedFrom } of DERIVED) {
      const holder = page.locator("[data-derived-of]").filter({ has: page.locator(`button[data-cell="${cell}"]`) });
      await expect(holder.count()).resolves.toBe(1);
      expect(derivedFrom).toContain(await holder.getAttribute("data-derived-of"));
      await expect(holder.isHidden()).resolves.toBe(true);
    }
    const listId = await page.locator('button[aria-controls][aria-expanded="false"]').first().getAttribute("aria-controls");
    const toggle = page.locator(`button[aria-controls="${listId}"]`);
    await toggle.click();
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    const opened = page.locator(`[id="${listId}"]`);
    await expect(opened.isVisible()).resolves.toBe(true);
    await expect(opened.locator('button[data-code="BUDGET_PERIOD_SUM"][data-severity="warning"]').count()).resolves.toBeGreaterThan(0);

    // The marks are painted in the grid: every root cell now has a fill.
    const fills = await gridFills(page);
    for (const cell of ROOTS) expect(fills[cell]).toBeTruthy();
    await page.screenshot({ path: artifactPath("workbench-periksa.png") });
  });

  it("selects the cell of a finding in the grid, also for a folded one", async () => {
    await openLombok();
    await periksa();
    const finding = page.locator('button[data-code="BUDGET_PERIOD_SUM"][data-cell="K62"]').first();
    await finding.click();
    const selected = page.locator('td[aria-current="true"]');
    await selected.waitFor();
    await expect(selected.count()).resolves.toBe(1);
    await expect(selected.getAttribute("data-address")).resolves.toBe("K62");
    await expect(finding.getAttribute("aria-current")).resolves.toBe("true");
    await expect(selected.evaluate((td) => td.textContent)).resolves.toMatch(/3[.,]669[.,]940/);

    const folded = DERIVED.find((m) => m.derivedFrom.includes("K48"))!.cell;
    await page.locator('[data-derived-of="K48"]').locator("xpath=preceding-sibling::button[1]").click();
    await page.locator(`[data-derived-of="K48"] button[data-cell="${folded}"]`).click();
    await page.waitForFunction((cell) => document.querySelector('td[aria-current="true"]')?.getAttribute("data-address") === cell, folded);
    // The grid scrolled to it.
    const box = await page.locator(`td[data-address="${folded}"]`).boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && box.y >= 0 && box.y < viewport.height).toBe(true);
  });

  it("Hapus tanda brings every original fill back, and the downloaded file equals the original in fills and notes", async () => {
    await openLombok();
    const before = await gridFills(page);
    await periksa();
    const marked = await gridFills(page);
    const changed = Object.keys(before).filter((a) => before[a] !== marked[a]);
    expect(changed).toEqual(expect.arrayContaining(ROOTS));

    await page.getByRole("button", { name: "Hapus tanda" }).click();
    await page.getByText(/tanda dihapus/).first().waitFor();
    await page.waitForFunction(([addr, fill]) => document.querySelector(`td[data-address="${addr}"]`)?.getAttribute("data-fill") === fill, [ROOTS[0], before[ROOTS[0]]] as const);
    expect(await gridFills(page)).toEqual(before);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh .xlsx" }).click()]);
    expect(download.suggestedFilename()).toBe("lombok-tengah (Cermat).xlsx");
    const file = artifactPath("lombok-tengah-tanpa-tanda.xlsx");
    await download.saveAs(file);
    const original = (await readWorkbook(LOMBOK)).getWorksheet(SHEET)!;
    const saved = (await readWorkbook(file)).getWorksheet(SHEET)!;
    expect(Object.fromEntries(looks(saved))).toEqual(Object.fromEntries(looks(original)));
    expect(saved.getCell("K48").value).toBe(26005473);
  });

  it("downloads the marks: each root cell filled, with its message and numbers as a note", async () => {
    await openLombok();
    await periksa();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh .xlsx" }).click()]);
    const file = artifactPath("lombok-tengah-ditandai.xlsx");
    await download.saveAs(file);
    const original = (await readWorkbook(LOMBOK)).getWorksheet(SHEET)!;
    const saved = (await readWorkbook(file)).getWorksheet(SHEET)!;
    for (const cell of ROOTS) {
      expect(JSON.stringify(saved.getCell(cell).fill)).not.toEqual(JSON.stringify(original.getCell(cell).fill));
      expect(saved.getCell(cell).note).toBeTruthy();
    }
    // K48: annual 26.005.473 against quarters summing to 19.655.640.
    expect(JSON.stringify(saved.getCell("K48").note)).toContain("26.005.473");
    expect(JSON.stringify(saved.getCell("K48").note)).toContain("19.655.640");
    // Values are never changed by marking.
    expect(saved.getCell("K48").value).toEqual(original.getCell("K48").value);
  });

  it("runs from the keyboard on the bundled sample: Tab to Periksa, Enter to check", async () => {
    await page.getByRole("button", { name: "Buka contoh" }).click();
    await page.locator("table[data-sheet]").waitFor();
    const periksaButton = page.getByRole("button", { name: "Periksa", exact: true });
    const focused = () => periksaButton.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 40 && !(await focused()); i++) await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await page.locator("button[data-code]").first().waitFor();
    // The sample is the Lombok Tengah plan: the same three roots.
    expect((await topLevelBudgetCells()).sort()).toEqual(ROOTS.map((cell) => `${cell}:error`));
    await page.screenshot({ path: artifactPath("workbench-sample.png") });
  });

  it("inserts a template as a new sheet", async () => {
    await page.getByRole("button", { name: "Buka contoh" }).click();
    await page.locator("table[data-sheet]").waitFor();
    const sheetTabs = () => page.getByRole("tablist", { name: SHEET_TABS }).getByRole("tab").allInnerTexts();
    const tabsBefore = await sheetTabs();
    await page.getByRole("tab", { name: "Alat" }).click();
    // A year that is not one is refused before anything is written.
    const tahun = page.getByRole("textbox", { name: /Tahun/ });
    await tahun.fill("20x");
    await page.getByRole("button", { name: "Sisipkan", exact: true }).click();
    await page.getByText(/Isi tahun dengan empat angka/).waitFor();
    await expect(sheetTabs()).resolves.toEqual(tabsBefore);
    await tahun.fill("2025");
    await page.getByRole("textbox", { name: /Nama instansi/ }).fill("Dinas Koperasi dan UKM");
    await page.getByRole("button", { name: "Sisipkan", exact: true }).click();
    await page.getByText(/Lembar ".+" ditambahkan/).waitFor();
    const tabsAfter = await sheetTabs();
    const added = tabsAfter.filter((t) => !tabsBefore.includes(t));
    expect(added).toHaveLength(1);
    // The new sheet holds the agency's name in its kop.
    await page.getByRole("tab", { name: added[0], exact: true }).click();
    await page.locator(`table[data-sheet="${added[0]}"]`).getByText(/DINAS KOPERASI DAN UKM/i).first().waitFor();
    await page.screenshot({ path: artifactPath("workbench-template.png") });
  });

  it("Isi Capaian on a Pengukuran Kinerja lists the wrong capaian; the one chosen is replaced and Periksa ulang no longer flags it", async () => {
    await page.getByTestId("file-input").setInputFiles(BONE);
    await page.locator('table[data-sheet="PK 2020"]').waitFor();
    await periksa();
    const flagged = () => page.locator('button[data-code="CAPAIAN_MISMATCH"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    const before = await flagged();
    expect(before).toHaveLength(41);

    await page.getByRole("tab", { name: "Alat" }).click();
    await page.getByRole("button", { name: "Isi Capaian" }).click();
    const conflicts = page.getByTestId("capaian-conflicts");
    const rows = conflicts.locator("li[data-cell]");
    await rows.first().waitFor();
    // Exactly the cells the check flags are offered, nothing else, and nothing is chosen yet.
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")))).sort()).toEqual([...before].sort());
    const chosen = (await rows.first().getAttribute("data-cell")) as string;
    await rows.first().getByRole("checkbox").check();
    await page.screenshot({ path: artifactPath("workbench-capaian-conflicts.png") });
    await page.getByRole("button", { name: "Terapkan yang dipilih" }).click();
    await page.getByText(`1 sel diganti (${chosen}).`, { exact: false }).waitFor();

    await page.getByRole("tab", { name: "Temuan" }).click();
    await page.getByRole("button", { name: "Periksa ulang" }).first().click();
    await page.waitForFunction((n) => document.querySelectorAll('button[data-code="CAPAIAN_MISMATCH"]').length === n, before.length - 1);
    expect(await flagged()).not.toContain(chosen);
  });

  it("Kolom: the anggaran column set to Tidak dibaca takes the budget findings away, and the downloaded file keeps the choice", async () => {
    await openLombok();
    await periksa();
    expect((await topLevelBudgetCells()).length).toBeGreaterThan(0);

    await page.getByRole("tab", { name: "Kolom" }).click();
    const roleOfK = page.getByRole("combobox", { name: /^Peran kolom K / });
    await expect(roleOfK.inputValue()).resolves.toBe("anggaran");
    await roleOfK.selectOption("none");
    // The check runs again at once: only the target error is left.
    await page.locator('[data-view="columns"] [data-severity="error"][data-count="1"]').waitFor();
    await page.locator('li[data-column="K"] [data-chosen="true"]').waitFor();
    await page.screenshot({ path: artifactPath("workbench-kolom.png") });
    await page.getByRole("tab", { name: "Temuan" }).click();
    await page.locator("button[data-code]").first().waitFor();
    await expect(page.locator('button[data-code="BUDGET_PERIOD_SUM"]').count()).resolves.toBe(0);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh .xlsx" }).click()]);
    const file = artifactPath("lombok-tengah-kolom.xlsx");
    await download.saveAs(file);
    const saved = await readWorkbook(file);
    expect(saved.getWorksheet("_cermat_columns")?.state).toBe("veryHidden");

    // Reopened in the workbench: the choice is read with the sheet, the budget findings stay away.
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByText("lombok-tengah-kolom.xlsx", { exact: false }).first().waitFor();
    await expect(page.getByRole("tablist", { name: SHEET_TABS }).getByRole("tab").allInnerTexts()).resolves.toEqual([SHEET]);
    await periksa();
    await expect(page.locator('button[data-code="BUDGET_PERIOD_SUM"]').count()).resolves.toBe(0);
    await expect(page.locator('button[data-code="TARGET_PERIOD_SUM"]').count()).resolves.toBe(1);
    await page.getByRole("tab", { name: "Kolom" }).click();
    await expect(page.getByRole("combobox", { name: /^Peran kolom K / }).inputValue()).resolves.toBe("none");
  });

  it("the grid shows numbers with Indonesian separators unbroken, scrolls by keyboard and goes to a row", async () => {
    await openLombok();
    const amount = page.locator('td[data-address="K10"]');
    await expect(amount.innerText()).resolves.toMatch(/^\d{1,3}(\.\d{3})+$/);
    await expect(amount.evaluate((td) => getComputedStyle(td).whiteSpace)).resolves.toBe("nowrap");
    const region = page.getByRole("region", { name: `Isi lembar ${SHEET}` });
    await region.focus();
    await page.keyboard.press("PageDown");
    // Chromium scrolls smoothly: wait for the region to have moved.
    await region.evaluate((el) => new Promise<void>((done) => (el.scrollTop > 0 ? done() : el.addEventListener("scroll", () => done(), { once: true }))));
    await expect(region.evaluate((el) => el.scrollTop)).resolves.toBeGreaterThan(0);
    await page.getByLabel("Ke baris").fill("90");
    await page.getByRole("button", { name: "Tuju" }).click();
    await page.locator('td[data-address="A90"][aria-current="true"]').waitFor();
  });

  it("a damaged file opened after a good one closes the good one and names the file it could not open", async () => {
    await openLombok();
    await periksa();
    await page.getByTestId("file-input").setInputFiles({ name: "rusak.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\u0003\u0004 not really a zip") });
    await page.getByText("rusak.xlsx tidak dapat dibuka:", { exact: false }).waitFor();
    await expect(page.locator(`table[data-sheet="${SHEET}"]`).count()).resolves.toBe(0);
    await expect(page.locator("button[data-code]").count()).resolves.toBe(0);
    await expect(page.getByText("lombok-tengah.xlsx terbuka.").count()).resolves.toBe(0);
    await page.screenshot({ path: artifactPath("workbench-open-failed.png") });
  });

  it("the task pane page without network to office.js says so instead of staying blank", async () => {
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort("internetdisconnected"));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Office.js tidak dapat dimuat" }).waitFor();
    await page.getByRole("link", { name: "Buka meja kerja" }).waitFor();
  });

  it("every page names its icon and the icon is served (no 404 for /favicon.ico)", async () => {
    for (const html of ["workbench.html", "taskpane.html", "commands.html"]) {
      await page.goto(`${server.origin}/${html}`);
      const href = await page.locator('link[rel="icon"]').getAttribute("href");
      const icon = await page.request.get(new URL(href ?? "missing", `${server.origin}/${html}`).toString());
      expect([html, icon.status(), icon.headers()["content-type"]]).toEqual([html, 200, "image/png"]);
    }
  });

  it("the task pane page outside Office says so and links to the workbench", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Buka Cermat di dalam Excel" }).waitFor();
    await page.screenshot({ path: artifactPath("taskpane-outside-office.png") });
    await page.getByRole("link", { name: "Buka meja kerja" }).click();
    await page.waitForURL(/workbench\.html$/);
    await page.getByRole("button", { name: "Buka contoh" }).waitFor();
  });
});
