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
  await expect(page.getByTestId("why-count").filter({ visible: true })).toContainText("334 problems");

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
  await page.goto("/");
  for (let attempt = 0; attempt < 5; attempt++) {
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
