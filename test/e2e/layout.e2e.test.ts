/**
 * The pane as staff meet it, at Excel's task-pane widths (320 and 350 px) and on a laptop
 * (1280×720): in the browser workbench and in the real task pane page (taskpane.html over the
 * Office.js adapter, with test/e2e/fake-office standing in for Excel). In every tab and state —
 * before Periksa, after it, and with Isi Capaian's list of cells to decide — nothing runs off the
 * page, every control can be clicked where it is drawn, and axe-core finds no serious or critical
 * violation. Screenshots go to test-artifacts/e2e/ (layout-<host>-<width>-<state>.png).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { artifactPath, browserAvailable, builtPages, launchBrowser, serveFolder, type Browser, type StaticServer } from "../support/browser";
import { overflowing, seriousViolations } from "../support/page-checks";

const FIXTURE = "bone.xlsx";
const SIZES = [
  { width: 320, height: 720 },
  { width: 350, height: 720 },
  { width: 1280, height: 720 },
];
const TABS = ["Temuan", "Kolom", "Alat", "Pengaturan"];
type Host = "workbench" | "taskpane";

const run = browserAvailable() ? describe : describe.skip;

interface Blocked {
  control: string;
  hit: string;
}

/**
 * Every visible control, scrolled to, must be the element found at its own centre: nothing drawn
 * over it, nothing cut off. Controls inside the sheet grid's own scrolling region are left out.
 */
function blockedControls(page: Page): Promise<Blocked[]> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}[${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}]`;
    const controls = [...document.querySelectorAll("button, [role=tab], select, input, a[href], summary, textarea")].filter((el) => {
      if (el.closest('[role="region"][tabindex]')) return false;
      const style = getComputedStyle(el);
      return el.getClientRects().length > 0 && style.visibility !== "hidden" && !(el as HTMLInputElement).disabled;
    });
    const blocked: Array<{ control: string; hit: string }> = [];
    for (const el of controls) {
      el.scrollIntoView({ block: "center", inline: "center" });
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) {
        blocked.push({ control: describe(el), hit: "outside the viewport" });
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      // A Fluent checkbox or switch draws its indicator next to the (transparent) input it wraps.
      const owner = el.closest(".fui-Checkbox, .fui-Switch, .fui-Radio");
      if (!hit || !(el === hit || el.contains(hit) || hit.contains(el) || (owner && owner.contains(hit)))) blocked.push({ control: describe(el), hit: hit ? describe(hit) : "nothing" });
    }
    window.scrollTo(0, 0);
    return blocked;
  });
}

run("the pane at task-pane width and on a laptop", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const dist = builtPages();
    mkdirSync(join(dist, "fixtures"), { recursive: true });
    copyFileSync(join(__dirname, "..", "fixtures", FIXTURE), join(dist, "fixtures", FIXTURE));
    server = await serveFolder(dist);
    browser = await launchBrowser(server.origin);
    mkdirSync(dirname(artifactPath("x")), { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(host: Host, size: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setViewportSize(size);
    if (host === "taskpane") {
      await page.route(/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/i, (route) => route.fulfill({ path: join(builtPages(), "fake-office.js"), contentType: "text/javascript" }));
      await page.goto(`${server.origin}/taskpane.html?fixture=fixtures/${FIXTURE}`);
    } else {
      await page.goto(`${server.origin}/workbench.html`);
      await page.getByTestId("file-input").setInputFiles(join(__dirname, "..", "fixtures", FIXTURE));
      await page.locator("table[data-sheet]").waitFor();
    }
    await page.getByRole("button", { name: /^Periksa( ulang)?$/ }).waitFor();
    return { page, errors };
  }

  /** Layout and accessibility of the state on screen, with its screenshot. */
  async function expectUsable(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: artifactPath(`layout-${name}.png`) });
    expect({ name, overflowing: await overflowing(page) }).toEqual({ name, overflowing: [] });
    expect({ name, blocked: await blockedControls(page) }).toEqual({ name, blocked: [] });
    expect({ name, axe: await seriousViolations(page) }).toEqual({ name, axe: [] });
  }

  for (const host of ["taskpane", "workbench"] as const) {
    for (const size of SIZES) {
      it(`${host} at ${size.width}×${size.height}: before Periksa, after it in every tab, and with Isi Capaian's list`, async () => {
        const { page, errors } = await open(host, size);
        const name = (state: string) => `${host}-${size.width}-${state}`;
        await expectUsable(page, name("idle"));

        await page.getByRole("button", { name: "Periksa", exact: true }).click();
        await page.locator("button[data-code]").first().waitFor();
        for (const tab of TABS) {
          await page.getByRole("tab", { name: tab }).click();
          await expect(page.getByRole("tab", { name: tab }).getAttribute("aria-selected")).resolves.toBe("true");
          await expectUsable(page, name(tab.toLowerCase()));
        }

        // Alat → Isi Capaian: the Bone sheet states capaian that disagree, so the list of cells to decide appears.
        await page.getByRole("tab", { name: "Alat" }).click();
        await page.getByRole("button", { name: "Isi Capaian" }).click();
        await page.getByTestId("capaian-conflicts").locator("li[data-cell]").first().waitFor();
        await page.getByTestId("capaian-conflicts").locator("details summary").first().click();
        await expectUsable(page, name("isi-capaian"));

        expect(errors).toEqual([]);
        expect(browser.outside).toEqual([]);
        await page.close();
      });
    }
  }
});
