import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import matter from "gray-matter";

/** The glossary's terms read straight from content/glossary/, sorted as a reader expects (case ignored). */
function expectedTerms(): string[] {
  const dir = path.join(process.cwd(), "content", "glossary");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => String(matter(readFileSync(path.join(dir, name), "utf8")).data.term))
    .sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }) || a.localeCompare(b, "en"));
}

test("a term on a problem page links to its glossary page, which lists that problem", async ({ page }) => {
  await page.goto("/problems/4.29");
  const terms = page.getByRole("region", { name: "Terms to look up" });
  // "polysemantic neuron" is an alias: it leads to the polysemanticity entry.
  await terms.getByRole("link", { name: "polysemantic neuron" }).click();
  await expect(page).toHaveURL(/\/glossary\/polysemanticity$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("polysemanticity");
  await expect(page.getByTestId("definition")).toContainText("responding to several unrelated things");
  await expect(page.getByText("Also written as “polysemantic neuron”")).toBeVisible();
  const problems = page.getByRole("region", { name: /problems? uses? this term/ });
  await expect(problems.locator('li[data-number="4.29"]')).toContainText("How a one-layer model disambiguates a polysemantic neuron");
  await expect(problems.locator('li[data-number="4.30"]')).toBeVisible();

  await problems.getByRole("link", { name: /4\.30/ }).click();
  await expect(page).toHaveURL(/\/problems\/4\.30$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("How a two-layer model disambiguates a polysemantic neuron");
});

test("the glossary index lists every entry alphabetically, with a letter jump navigation", async ({ page }) => {
  await page.goto("/glossary");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
  const listed = await page.locator("li[data-term]").evaluateAll((items) => items.map((item) => item.getAttribute("data-term")));
  expect(listed).toEqual(expectedTerms());

  const letters = page.getByRole("navigation", { name: "Jump to letter" });
  // Only letters that begin some term are links; the others (no term starts with X, for one) are shown dimmed.
  const initials = [...new Set(expectedTerms().map((term) => term.charAt(0).toUpperCase()))];
  await expect(letters.getByRole("link")).toHaveText(initials);
  expect(initials).not.toContain("X");
  await expect(letters.getByText("X", { exact: true })).toBeVisible();
  await letters.getByRole("link", { name: "S", exact: true }).click();
  await expect(page).toHaveURL(/#letter-s$/);
  const section = page.locator("#letter-s");
  await expect(section.getByRole("heading", { level: 2 })).toBeInViewport();
  await expect(section.locator("li[data-term]").first()).toHaveAttribute("data-term", /^s/i);

  await section.getByRole("link", { name: "superposition", exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/superposition$/);
  await expect(page.getByRole("link", { name: /transformer-circuits\.pub/ })).toHaveAttribute("href", "https://transformer-circuits.pub/2022/toy_model/index.html");
});

test("an unknown glossary entry is a 404", async ({ page }) => {
  const response = await page.goto("/glossary/no-such-term");
  expect(response?.status()).toBe(404);
});

// Screenshots go to test-results/glossary/ for a person to look at; the test itself checks that
// nothing overflows sideways, the usual way a page breaks at 375 px.
for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [375, 1280]) {
    test(`glossary pages fit at ${width} px in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      for (const [name, url] of [
        ["index", "/glossary"],
        ["term", "/glossary/induction-head"],
        ["problem", "/problems/1.19"],
      ] as const) {
        await page.goto(url);
        await expectNoSidewaysScroll(page);
        await page.screenshot({ path: `test-results/glossary/${name}-${width}-${colorScheme}.png`, fullPage: name !== "index" });
      }
    });
  }
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
