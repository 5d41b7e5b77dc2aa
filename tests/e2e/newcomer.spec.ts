import { expect, test } from "@playwright/test";
import { expectedNumbers, spans } from "./facts";
import { newPerson, signUp } from "./people";

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

test("what a visitor types and ticks before the page's JavaScript runs still applies once it does", async ({ page }) => {
  // Hold back the page's scripts, so the form is plain HTML while the visitor uses it.
  let release!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: a held stylesheet would hold the HTML parser too.
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  await page.getByRole("searchbox", { name: "Search" }).fill("neuron");
  await page.getByRole("checkbox", { name: /^B · / }).check();
  expect(new URL(page.url()).search).toBe("");
  release();
  await expect(page).toHaveURL(/q=neuron/);
  await expect(page).toHaveURL(/difficulty=B/);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("neuron");
  await expect(page.getByRole("checkbox", { name: /^B · / })).toBeChecked();
  await expect(page.getByTestId("result-count").filter({ visible: true })).not.toHaveText(/^334 problems/);
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

test("search finds word forms, marks where they matched, and helps when it finds nothing", async ({ page }) => {
  await page.goto("/?q=neurons");
  const firstRow = page.locator("li.problem-row").first();
  await expect(firstRow.locator("mark").first()).toHaveText(/^neurons?$/i);

  await page.goto("/?q=superpostion");
  await expect(page.getByTestId("no-matches")).toContainText("No problems match");
  await page.getByTestId("spelling-suggestion").getByRole("link", { name: "superposition" }).click();
  await expect(page).toHaveURL(/q=superposition/);
  await expect(page.locator("li.problem-row").filter({ visible: true }).first()).toBeVisible();

  await page.goto("/?q=sparse+autoencoder&difficulty=A");
  await expect(page.getByTestId("newer-topic")).toContainText("The list predates sparse autoencoders");
  await page.getByRole("link", { name: "Difficulty A" }).click();
  await expect(page).not.toHaveURL(/difficulty=A/);
  await expect(page).toHaveURL(/q=sparse/);
});

test("at 375 px the signed-in header is one line, and its menu holds the sections and the account", async ({ browser }) => {
  const who = newPerson("Narrow");
  const page = await signUp(browser, who, { viewport: { width: 375, height: 812 } });
  const header = page.getByRole("navigation", { name: "Main" });
  const brand = header.getByRole("link", { name: "Open Problems" });
  const inbox = page.getByTestId("inbox-link");
  const menu = header.getByText("Menu", { exact: true });
  const middles = await Promise.all([brand, inbox, menu].map(async (element) => {
    const box = (await element.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    return box.y + box.height / 2;
  }));
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(8);
  expect((await header.boundingBox())!.height).toBeLessThan(60);

  await menu.click();
  await expect(header.getByRole("link", { name: who.name })).toBeVisible();
  await header.getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  // The menu closes itself after a navigation.
  await expect(header.getByRole("link", { name: "Categories" })).toBeHidden();
  await menu.click();
  await header.getByRole("button", { name: "Sign out" }).click();
  // Signed out at 375 px the line keeps "Sign up"; "Sign in" is in the menu.
  await expect(header.getByRole("link", { name: "Sign up" }).first()).toBeVisible();
  await menu.click();
  await expect(header.getByRole("link", { name: "Sign in" }).filter({ visible: true })).toHaveCount(1);
});
