/**
 * rekap.html in a real browser (Debian's Chromium), opened as a reviewer opens the file: no request
 * but the page itself, no serious accessibility violation, the tables sorted by a click on a
 * heading and filtered by status, severity and text.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { rekapHtml } from "../../src/report/rekap-html";
import { folderRekap } from "../report/rekap-fixture";
import { browserAvailable, launchBrowser, serveFolder, type Browser, type StaticServer } from "../support/browser";
import { overflowing, seriousViolations } from "../support/page-checks";

const run = browserAvailable() ? describe : describe.skip;

run("rekap.html in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  let rows: number;

  beforeAll(async () => {
    const rekap = await folderRekap("id");
    rows = rekap.rows.length;
    const folder = mkdtempSync(join(tmpdir(), "cermat-rekap-html-"));
    writeFileSync(join(folder, "rekap.html"), rekapHtml(rekap, "id", new Date(2026, 11, 4)));
    server = await serveFolder(folder);
    browser = await launchBrowser(server.origin);
    page = await browser.newPage();
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${server.origin}/rekap.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visibleRekap = () => page.locator("#rekap tbody tr:not([hidden])");
  const column = (table: string, n: number) => page.locator(`${table} tbody tr:not([hidden]) td:nth-child(${n})`).allTextContents();

  it("asks for nothing but itself and passes the accessibility check, nothing off the side at 1280 px", async () => {
    expect(requests).toEqual([`${server.origin}/rekap.html`]);
    expect(browser.outside).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await overflowing(page)).toEqual([]);
  });

  it("sorts by a heading: errors largest first on the second click, and says so with aria-sort", async () => {
    const errors = page.getByRole("button", { name: "Kesalahan", exact: true });
    await errors.click();
    await errors.click();
    expect(await page.locator("#rekap th").nth(7).getAttribute("aria-sort")).toBe("descending");
    const counts = (await column("#rekap", 8)).map((t) => (t === "" ? -1 : Number(t)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
  });

  it("filters by status and by text", async () => {
    await page.getByLabel("Status").selectOption({ label: "Tidak dapat dibaca" });
    expect(await visibleRekap().count()).toBe(2);
    expect(await column("#rekap", 2)).toEqual(expect.arrayContaining(["04 Rencana Aksi (terpotong).xlsx", "05 Rencana Aksi csv.xlsx"]));
    await page.getByLabel("Status").selectOption({ label: "Semua" });
    expect(await visibleRekap().count()).toBe(rows);
    await page.getByLabel("Cari").fill("nganjuk");
    expect(await visibleRekap().count()).toBe(1);
    expect(await page.locator("#temuan-table tbody tr:not([hidden])").count()).toBeGreaterThan(0);
    for (const file of await column("#temuan-table", 2)) expect(file).toMatch(/Nganjuk/);
    await page.getByLabel("Cari").fill("");
  });

  it("filters the findings by severity", async () => {
    await page.getByLabel("Tingkat").selectOption({ label: "Peringatan" });
    const severities = await column("#temuan-table", 6);
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(["Peringatan"]));
  });
});
