import { expect, test, type Page } from "@playwright/test";
import { expectedNumbers, spans } from "./facts";

// Next keeps the page navigated away from in the document, hidden (React Activity): count only what shows.
async function rowNumbers(page: Page): Promise<string[]> {
  return page.locator("li.problem-row").filter({ visible: true }).evaluateAll((rows) => rows.map((row) => row.getAttribute("data-number") ?? ""));
}

const resultCount = (page: Page) => page.getByTestId("result-count").filter({ visible: true });
const countText = (n: number) => new RegExp(`^${n} problems? match`);

test("filters by difficulty and category through the page, with the state in the URL", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Open problems");
  await expect(resultCount(page)).toHaveText(countText(334));
  // A marker that a full page load would wipe out.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  await page.getByRole("checkbox", { name: /^C · / }).check();
  await expect(page).toHaveURL(/\?difficulty=C$/);
  const hardOnes = expectedNumbers((fact) => spans(fact.difficulty, "C"));
  await expect(resultCount(page)).toHaveText(countText(hardOnes.length));
  expect(await rowNumbers(page)).toEqual(hardOnes);
  expect(hardOnes).toEqual(expect.arrayContaining(["1.1", "2.8", "2.32"]));

  await page.getByRole("checkbox", { name: /Looking for Circuits in the Wild/ }).check();
  await expect(page).toHaveURL(/\?category=circuits-in-the-wild&difficulty=C$/);
  const inCategory = expectedNumbers((fact) => fact.category_number === 2 && spans(fact.difficulty, "C"));
  await expect(resultCount(page)).toHaveText(countText(inCategory.length));
  expect(await rowNumbers(page)).toEqual(inCategory);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(/\?difficulty=C$/);
  await expect(resultCount(page)).toHaveText(countText(hardOnes.length));
  await expect(page.getByRole("checkbox", { name: /Looking for Circuits in the Wild/ })).not.toBeChecked();
});

test("a shared link opens with its filters applied and checked", async ({ page }) => {
  await page.goto("/?difficulty=A&category=toy-language-models&exciting=1");
  const expected = expectedNumbers((fact) => fact.category_number === 1 && spans(fact.difficulty, "A") && fact.exciting === true);
  await expect(resultCount(page)).toHaveText(countText(expected.length));
  expect(await rowNumbers(page)).toEqual(expected);
  await expect(page.getByRole("checkbox", { name: /^A · / })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Exciting only/ })).toBeChecked();
});

test("free-text search narrows the list as you type", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search" }).fill("trigram");
  await expect(page).toHaveURL(/\?q=trigram$/);
  expect(await rowNumbers(page)).toContain("1.3");
  await expect(resultCount(page)).not.toHaveText(countText(334));
});

test("an invalid filter in the URL says which parameter is wrong", async ({ page }) => {
  await page.goto("/?difficulty=E");
  await expect(page.getByTestId("filter-error")).toContainText("difficulty");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form still works as a plain GET form", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("checkbox", { name: /^B · / }).check();
    await page.getByRole("checkbox", { name: "Unrated" }).check();
    await page.getByRole("checkbox", { name: /Reinforcement Learning/ }).check();
    // A short timeout: the button must be reachable without scrolling tricks (the filter column is sticky).
    await page.getByRole("button", { name: "Apply filters" }).click({ timeout: 5_000 });
    await expect(page).toHaveURL(/category=reinforcement-learning/);
    await expect(page).toHaveURL(/difficulty=B&difficulty=unrated/);
    const expected = expectedNumbers((fact) => fact.category_number === 8 && (fact.difficulty === null || spans(fact.difficulty, "B")));
    await expect(resultCount(page)).toHaveText(countText(expected.length));
    expect(await rowNumbers(page)).toEqual(expected);
  });
});

test("a problem page shows its description, rating and neighbours", async ({ page }) => {
  await page.goto("/?q=2.8");
  await page.locator('li.problem-row[data-number="2.8"] a').click();
  await expect(page).toHaveURL(/\/problems\/2\.8$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("count");
  await expect(page.locator("[data-difficulty]").first()).toHaveAttribute("data-difficulty", "B-C");
  await expect(page.getByText("Starred by the author as one of the most exciting problems.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "How one might start" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Original post" })).toHaveAttribute("href", /200-cop-in-mi-looking-for-circuits-in-the-wild/);
  await page.getByRole("link", { name: /^2\.9 / }).click();
  await expect(page).toHaveURL(/\/problems\/2\.9$/);
  await expect(page.getByRole("link", { name: /^← 2\.8 / })).toBeVisible();
});

test("a category page shows its text, the dated note and its problems", async ({ page }) => {
  await page.goto("/categories/image-models");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Image Model Interpretability");
  await expect(page.getByText("Read these problems in context")).toBeVisible();
  expect(await rowNumbers(page)).toEqual(expectedNumbers((fact) => fact.category_number === 7));
});

test("an unknown problem is a 404 page", async ({ page }) => {
  const response = await page.goto("/problems/9.99");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
