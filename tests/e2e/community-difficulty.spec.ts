import { expect, test } from "@playwright/test";
import { newPerson, signUp } from "./people";

// Community difficulty in the browser: someone who finished a problem says it was B and took 2–4
// weeks; a signed-out visitor sees that apart from the author's rating, and the catalogue filtered
// on the community's rating lists the problem. 8.12 has no author's rating, so only the report rates it.
const problem = "8.12";

test("a done claim's owner reports the difficulty; visitors see it and the catalogue filters on it", async ({ browser }) => {
  const finisher = newPerson("Finisher");
  const page = await signUp(browser, finisher);
  await page.goto(`/problems/${problem}`);
  await page.getByLabel("Status").selectOption("done");
  await page.getByRole("button", { name: "Save as done" }).click();
  await expect(page.getByTestId("form-success").first()).toHaveText("Your claim is saved.");

  const report = page.getByRole("form", { name: "How hard was it?" });
  await report.getByRole("radio", { name: /^B · / }).check();
  await report.getByLabel("How long it took").selectOption({ label: "2–4 weeks" });
  await report.getByRole("button", { name: "Send my report" }).click();
  await expect(report.getByTestId("form-success")).toHaveText("Thank you: your report is saved.");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/problems/${problem}`);
  await expect(visitor.getByTestId("community-difficulty")).toHaveText("Worked on by 1: mostly B, 2–4 weeks");

  await visitor.goto("/?rating=community&difficulty=B");
  await expect(visitor.locator(`[data-number="${problem}"]`)).toBeVisible();
  await expect(visitor.locator(`[data-number="${problem}"] .community-pill`)).toHaveText("1 say B");
});
