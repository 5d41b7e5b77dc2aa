import { expect, test } from "@playwright/test";
import { expectedNumbers, spans } from "./facts";

// Issue 11: honest ratings with counts per option, the "Start here" page, and a filter URL that
// never loses a control changed while the search box's delay runs.

test("each filter option shows how many problems it would show, and how many ratings are verified", async ({ page }) => {
  await page.goto("/");
  const countOf = (letter: string) => expectedNumbers((fact) => spans(fact.difficulty, letter)).length;
  await expect(page.getByRole("checkbox", { name: /^A · / })).toHaveAccessibleName(new RegExp(`\\(${countOf("A")}\\)$`));
  await expect(page.getByRole("checkbox", { name: /^D · / })).toHaveAccessibleName(/\(0\)$/);
  const rated = expectedNumbers((fact) => fact.difficulty !== null).length;
  await expect(page.getByTestId("rating-coverage").filter({ visible: true })).toContainText(`${rated} of 334 problems have a verified difficulty`);
  await expect(page.getByTestId("star-coverage").filter({ visible: true })).toContainText("(15 starred)");
  await expect(page.getByTestId("why-count").filter({ visible: true })).toContainText("Why 334, not 200?");

  // Given a category, the difficulty counts are those within it.
  await page.getByRole("checkbox", { name: /Looking for Circuits in the Wild/ }).check();
  const inCategory = expectedNumbers((fact) => fact.category_number === 2 && spans(fact.difficulty, "C")).length;
  await expect(page.getByRole("checkbox", { name: /^C · / })).toHaveAccessibleName(new RegExp(`\\(${inCategory}\\)$`));
});

test("Start here explains the list and leads to good first problems", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Start here" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Start here" })).toBeVisible();
  for (const name of ["What this list is", "How the A–D scale works", "How to pick a first problem", "Who runs this site"]) {
    await expect(page.getByRole("heading", { name })).toBeVisible();
  }
  await page.getByRole("link", { name: "A problems nobody is working on" }).click();
  await expect(page).toHaveURL(/difficulty=A/);
  await expect(page).toHaveURL(/unclaimed=1/);
});

test("ticking a box right after typing keeps both in the URL", async ({ page }) => {
  test.setTimeout(120_000);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search" }).fill("neuron");
    await page.getByRole("checkbox", { name: /^A · / }).check();
    await expect(page).toHaveURL(/difficulty=A/);
    await expect(page).toHaveURL(/q=neuron/);
    // Past the search delay, the tick is still there.
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/difficulty=A/);
    await expect(page.getByRole("checkbox", { name: /^A · / })).toBeChecked();
  }
});

test("at 375×812 the filters fold away and the first problem shows on the first screen", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await page.goto("/?difficulty=A");
  // Its number and title, that is: earlier tests may have claimed it, which adds a line below them.
  const firstTitle = page.locator("li.problem-row .problem-title").first();
  const box = await firstTitle.boundingBox();
  expect(box, "a first problem row").not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(812);
  await expect(page.getByRole("checkbox", { name: /^A · / })).toBeHidden();
  await page.getByText("Filters (1 active)").click();
  await expect(page.getByRole("checkbox", { name: /^A · / })).toBeChecked();
});

test("at 1280×800 every filter control is reachable, with no inner scroll area", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto("/");
  await expect(page.getByTestId("filters-fold").locator("summary")).toBeHidden();
  for (const control of [page.getByRole("checkbox", { name: /Exciting only/ }), page.getByRole("button", { name: "Apply filters" }), page.getByRole("link", { name: "Clear" })]) {
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport();
  }
  const innerScroll = await page.getByRole("search", { name: "Filter problems" }).evaluate((form) => {
    for (let element: Element | null = form; element; element = element.parentElement) {
      const style = getComputedStyle(element);
      if (element !== document.documentElement && element !== document.body && /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight) return true;
    }
    return false;
  });
  expect(innerScroll).toBe(false);
});
