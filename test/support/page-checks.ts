/** What the browser tests ask of any page on screen: nothing off its side, no serious accessibility violation. */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Elements that stick out of the page sideways (a scrolling region of its own, the grid or a table, excepted). */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => !el.closest('[role="region"][tabindex]') && el.getClientRects().length > 0)
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((el) => getComputedStyle(el).position !== "fixed")
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 30)}: right ${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 10),
  );
}

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}
