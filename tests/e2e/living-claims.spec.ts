import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./people";

// Issue 8 in the browser: A claims with a chosen expiry, purpose and AI involvement, posts a
// Markdown note, B sees the timeline; a claim pushed past its expiry in the database shows as
// lapsed and is renewed in one click, from the problem page and from /me; A marks it done with an
// outcome, which shows under existing work, and the problem is free again.
test.describe.configure({ timeout: 120_000 });

const e2eDatabase = path.join(process.cwd(), "data", "e2e.db");
const problem = "3.1";
const claimBy = (page: Page, name: string) => page.locator(`[data-testid="claim"][data-owner="${name}"]`);
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const isoDayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const shown = (isoDay: string) => dayFormat.format(new Date(`${isoDay}T12:00:00Z`));

/** Moves a claim's expiry in the database, as time passing would. */
function setExpiry(claimId: string, expiresAt: Date) {
  const sqlite = new Database(e2eDatabase);
  sqlite.prepare(`UPDATE "Claim" SET expiresAt = ? WHERE id = ?`).run(expiresAt.toISOString().replace("Z", "+00:00"), Number(claimId));
  sqlite.close();
}

test("claim with a chosen expiry, post a note, lapse, renew, finish with an outcome", async ({ browser }) => {
  const alice = newPerson("Alice");
  const a = await signUp(browser, alice);
  await a.goto(`/problems/${problem}`);
  const chosen = isoDayFromNow(30);
  await a.getByLabel("Status").selectOption("working");
  await a.getByLabel("Keep my claim until").fill(chosen);
  await a.getByLabel("Purpose").selectOption("learning");
  await a.getByLabel("AI involvement").selectOption("assistant");
  await a.getByRole("button", { name: "Save as working on it" }).click();
  await expect(a.getByTestId("form-success")).toHaveText("Your claim is saved.");
  const mine = claimBy(a, alice.name);
  await expect(mine.getByTestId("claim-dates")).toContainText(`until ${shown(chosen)}`);
  await expect(mine.getByTestId("purpose")).toHaveText("Learning");
  await expect(mine.getByTestId("ai-involvement")).toHaveText("AI as assistant");

  // A date past 180 days is refused at the field, naming the range; what was typed stays.
  const form = a.getByRole("form", { name: "Your claim" });
  await form.getByLabel("Keep my claim until").evaluate((input) => input.removeAttribute("max"));
  await form.getByLabel("Keep my claim until").fill(isoDayFromNow(200));
  await form.getByLabel("Note").fill("kept after the refusal");
  await form.getByRole("button", { name: "Save as working on it" }).click();
  await expect(a.locator("#claim-expires-on-error")).toHaveText(new RegExp(`^Choose a date between ${shown(isoDayFromNow(1))} and ${shown(isoDayFromNow(180))}$`));
  await expect(form.getByLabel("Note")).toHaveValue("kept after the refusal");
  await expect(form.getByLabel("Keep my claim until")).toHaveValue(isoDayFromNow(200));

  // A progress note in Markdown; B sees it on the timeline, its link marked as user content.
  await mine.getByText("Post a progress note").click();
  await mine.getByLabel("What happened").fill("Reproduced the **first** plot. Notebook: [here](https://example.org/notebook)");
  await mine.getByRole("button", { name: "Post note" }).click();
  await expect(mine.getByTestId("progress-note")).toHaveCount(1);

  const bob = newPerson("Bob");
  const b = await signUp(browser, bob);
  await b.goto(`/problems/${problem}`);
  const seen = claimBy(b, alice.name);
  await expect(seen.getByTestId("progress-note").first()).toContainText("Reproduced the first plot.");
  await expect(seen.getByRole("link", { name: "here" })).toHaveAttribute("rel", "nofollow ugc noopener");
  await expect(seen.getByText("Post a progress note")).toHaveCount(0);
  await expect(b.getByTestId("active-claims")).toContainText("1 active claim");

  // Time passes: the claim lapses, shows so to B and leaves "nobody active"; A renews it in one click from the problem page.
  const claimId = (await mine.getAttribute("data-claim-id"))!;
  setExpiry(claimId, new Date(Date.now() - 60_000));
  await b.reload();
  // For others a lapsed claim is earlier work, folded until opened.
  await expect(claimBy(b, alice.name)).toBeHidden();
  await b.getByTestId("earlier-work").getByText(/^Earlier work on this problem/).click();
  await expect(claimBy(b, alice.name).getByTestId("lapsed")).toBeVisible();
  await expect(b.getByTestId("active-claims")).toContainText("Nobody is actively working");
  await a.goto(`/problems/${problem}`);
  await expect(claimBy(a, alice.name).getByTestId("lapsed")).toBeVisible();
  await claimBy(a, alice.name).getByRole("button", { name: `Still on it: renew until ${shown(isoDayFromNow(90))}` }).click();
  await expect(claimBy(a, alice.name).getByTestId("form-success")).toHaveText(`Renewed: your claim runs until ${shown(isoDayFromNow(90))}.`);
  await expect(claimBy(a, alice.name).getByTestId("lapsed")).toHaveCount(0);
  await expect(a.getByTestId("active-claims")).toContainText("1 active claim");

  // On /me a claim that lapses within 14 days is listed first, with its renew button.
  setExpiry(claimId, new Date(Date.now() + 3 * 86_400_000));
  await a.goto("/me");
  const soon = a.getByTestId("expiring-soon");
  await expect(soon.getByTestId("claim")).toHaveAttribute("data-claim-id", claimId);
  await soon.getByRole("button", { name: /^Still on it: renew until/ }).click();
  await expect(a.getByTestId("expiring-soon")).toHaveCount(0);
  await expect(a.locator(`[data-testid="claim"][data-claim-id="${claimId}"]`).getByTestId("claim-dates")).toContainText(`until ${shown(isoDayFromNow(90))}`);

  // Done, with an outcome: it shows under existing work and the problem is free again.
  await a.goto(`/problems/${problem}`);
  await a.getByLabel("Status").selectOption("done");
  await expect(a.getByRole("form", { name: "Your claim" }).getByLabel("Keep my claim until")).toBeHidden();
  await a.getByLabel("In one line, what came of it").fill("Wrote up the replication.");
  await a.getByLabel("Link to the result (post, paper, repo)").fill("https://example.org/write-up");
  await a.getByRole("button", { name: "Save as done" }).click();
  await expect(a.getByTestId("form-success")).toHaveText("Your claim is saved.");
  await expect(claimBy(a, alice.name).getByTestId("outcome")).toContainText("Wrote up the replication.");
  await b.reload();
  await expect(b.getByTestId("work-outcome")).toContainText("Wrote up the replication.");
  await expect(b.getByTestId("work-outcome").getByRole("link")).toHaveAttribute("href", "https://example.org/write-up");
  await expect(b.getByTestId("active-claims")).toContainText("Nobody is actively working");
  // For B, A's done claim is earlier work, folded.
  await expect(b.getByTestId("earlier-work")).not.toHaveAttribute("open", "");
  await b.goto("/?unclaimed=1");
  await expect(b.locator(`li.problem-row[data-number="${problem}"]`)).toBeVisible();
});

test("without JavaScript the outcome fields follow the status and a progress note posts", async ({ browser }) => {
  const carol = newPerson("Carol");
  const page = await signUp(browser, carol, { javaScriptEnabled: false });
  await page.goto("/problems/3.2");
  await expect(page.getByLabel("In one line, what came of it")).toBeHidden();
  await page.getByLabel("Status").selectOption("done");
  await expect(page.getByLabel("In one line, what came of it")).toBeVisible();
  await expect(page.getByLabel("Keep my claim until")).toBeHidden();
  await page.getByLabel("Status").selectOption("interested");
  // Without JavaScript the button keeps the label of the status the form opened with.
  await page.getByRole("button", { name: /^Save as/ }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Your claim is saved.");
  const mine = claimBy(page, carol.name);
  await mine.getByText("Post a progress note").click();
  await mine.getByLabel("What happened").fill("x".repeat(2001));
  await mine.getByRole("button", { name: "Post note" }).click();
  // Refused: the form is open again, with the error at the field and the text kept.
  await expect(claimBy(page, carol.name).locator(`[id^="note-body-"][id$="-error"]`)).toHaveText("At most 2000 characters (this has 2001)");
  await expect(claimBy(page, carol.name).getByLabel("What happened")).toHaveValue("x".repeat(2001));
  await claimBy(page, carol.name).getByLabel("What happened").fill("Read the two papers.");
  await claimBy(page, carol.name).getByRole("button", { name: "Post note" }).click();
  await expect(claimBy(page, carol.name).getByTestId("progress-note")).toContainText("Read the two papers.");
});
