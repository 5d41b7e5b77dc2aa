import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Issue 11: axe finds no serious or critical violation on the newcomer's pages, in light and dark.
const PAGES = ["/", "/?q=neurons", "/?q=superpostion&unclaimed=1", "/start", "/glossary", "/glossary/superposition", "/problems/1.1", "/categories", "/api"];

for (const colorScheme of ["light", "dark"] as const) {
  test(`the newcomer's pages have no serious accessibility violations (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${path}: ${violation.id} (${violation.impact}) at ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
      expect(serious, serious.join("\n")).toEqual([]);
    }
    await context.close();
  });
}
