/**
 * A real browser for the end-to-end tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), a development build of the pages in a temporary folder, and a tiny static
 * server on 127.0.0.1. Office.js is answered from node_modules, so no test touches the network.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium; CERMAT_CHROMIUM overrides it only to try the missing-browser paths. */
export const CHROMIUM = process.env.CERMAT_CHROMIUM ?? "/usr/bin/chromium";
const ROOT = resolve(__dirname, "../..");
const OFFICE_JS_DIR = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Whether the browser tests can run. Without Chromium they are skipped (test/e2e/global-setup.js
 * prints why), except on CI (process.env.CI), where a missing browser fails the run.
 */
export function browserAvailable(): boolean {
  return existsSync(CHROMIUM) || Boolean(process.env.CI);
}

/** The pages built by test/e2e/global-setup.js for this run. */
export function builtPages(): string {
  const dist = process.env.CERMAT_E2E_DIST;
  if (!dist || !existsSync(dist)) throw new Error("The pages were not built: run the browser tests with jest.e2e.config.js (its globalSetup builds them).");
  return dist;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 at a free port. */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(folder, path === "/" ? "index.html" : path));
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export interface Browser {
  context: BrowserContext;
  /** Every request a page made that left the test server (office.js answered locally excluded). */
  outside: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with a fresh profile; requests to Office's CDN get the copy in node_modules. */
export async function launchBrowser(origin: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is required on CI but missing at ${CHROMIUM}`);
  const profile = mkdtempSync(join(tmpdir(), "cermat-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    locale: "id-ID",
  });
  const outside: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const local = normalize(join(OFFICE_JS_DIR, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length).toLowerCase()));
      if (local.startsWith(OFFICE_JS_DIR + sep) && existsSync(local)) return route.fulfill({ path: local, contentType: "text/javascript" });
    }
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  return {
    context,
    outside,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where the tests leave screenshots (git-ignored). */
export function artifactPath(name: string): string {
  return join(ROOT, "test-artifacts", "e2e", name);
}

export interface WorkbenchSession {
  /** The page of the test under way, on workbench.html. */
  readonly page: Page;
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * The hooks of a describe block over the workbench: the built pages served and Chromium started
 * once, a fresh page on workbench.html per test, and after each test no uncaught page error and
 * no request that left the test server.
 */
export function workbenchSession(): WorkbenchSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside a test`);
    return value;
  };

  beforeAll(async () => {
    server = await serveFolder(builtPages());
    browser = await launchBrowser(server.origin);
    mkdirSync(dirname(artifactPath("x")), { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await need(browser, "the browser").newPage();
    pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${need(server, "the server").origin}/workbench.html`);
  });

  afterEach(async () => {
    await page?.close();
    expect(pageErrors).toEqual([]);
    expect(need(browser, "the browser").outside).toEqual([]);
  });

  return {
    get page() {
      return need(page, "the page");
    },
    get server() {
      return need(server, "the server");
    },
    get browser() {
      return need(browser, "the browser");
    },
  };
}
