import { expect, test, type Browser, type Page } from "@playwright/test";

// One run of the whole flow: A claims and looks for collaborators, B finds the claim through the
// catalogue filter and asks, A accepts, and both see each other (with contact details) afterwards.
const run = Date.now().toString(36);
const alice = { name: `Alice ${run}`, email: `alice-${run}@example.org`, password: "alice-password-1", contact: `alice-contact-${run}@example.org` };
const bob = { name: `Bob ${run}`, email: `bob-${run}@example.org`, password: "bob-password-1", contact: `bob-contact-${run}@example.org` };
const problem = "1.3";

async function signUp(browser: Browser, person: typeof alice): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(person.name);
  // Contact details for collaborators only.
  await page.goto("/me/profile");
  await page.getByLabel("Contact email").fill(person.contact);
  await page.getByLabel("Only my collaborators").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Profile saved.");
  return page;
}

const claimBy = (page: Page, name: string) => page.locator(`[data-testid="claim"][data-owner="${name}"]`);

test("two researchers claim, ask, accept and see each other as collaborators", async ({ browser }) => {
  const a = await signUp(browser, alice);
  await a.goto(`/problems/${problem}`);
  await expect(a.getByTestId("active-claims")).toContainText("Nobody is actively working");
  await a.getByLabel("Status").selectOption("working");
  await a.getByLabel("Note").fill("Looking at trigram neurons in a one-layer model.");
  await a.getByLabel("Link 1").fill("https://github.com/example/trigrams");
  await a.getByLabel("Looking for collaborators").check();
  await a.getByRole("button", { name: "Save as working on it" }).click();
  await expect(a.getByTestId("form-success")).toHaveText("Your claim is saved.");
  await expect(claimBy(a, alice.name)).toContainText("Open to collaborators");
  await expect(claimBy(a, alice.name)).toContainText("Started");
  await expect(a.getByTestId("active-claims")).toContainText("1 active claim");

  const b = await signUp(browser, bob);
  await b.goto("/");
  await b.getByRole("checkbox", { name: "Looking for collaborators" }).check();
  await expect(b).toHaveURL(/collaborators=1/);
  // Next keeps the page navigated away from in the document, hidden (React Activity): use the row that shows.
  const row = b.locator(`li.problem-row[data-number="${problem}"]`).filter({ visible: true });
  await expect(row).toBeVisible();
  await expect(row.locator(".claim-pill")).toContainText("1 working");
  await row.locator("a").click();
  await expect(b).toHaveURL(new RegExp(`/problems/${problem.replace(".", "\\.")}$`));

  const aliceClaim = claimBy(b, alice.name);
  await expect(aliceClaim).toContainText("Looking at trigram neurons");
  await expect(aliceClaim.getByText(alice.contact)).toHaveCount(0);
  await expect(aliceClaim.getByRole("button", { name: "Withdraw my claim" })).toHaveCount(0);
  await aliceClaim.getByText(`Ask ${alice.name} to collaborate`).click();
  await aliceClaim.getByLabel("Message").fill("I have looked at n-gram neurons before; happy to help.");
  await aliceClaim.getByRole("button", { name: "Send request" }).click();
  await expect(aliceClaim).toContainText("You asked to collaborate; waiting for an answer.");

  // B cannot edit A's claim: a forged withdrawal of A's claim id, posted through B's own withdraw form, is refused.
  const aliceClaimId = await aliceClaim.getAttribute("data-claim-id");
  await b.goto("/problems/1.4");
  await b.getByLabel("Status").selectOption("interested");
  await b.getByRole("button", { name: "Save as interested" }).click();
  await expect(b.getByTestId("form-success")).toHaveText("Your claim is saved.");
  const withdrawForm = claimBy(b, bob.name).locator("form").filter({ has: b.getByRole("button", { name: "Withdraw my claim" }) });
  await withdrawForm.locator('input[name="claimId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id!), aliceClaimId);
  b.once("dialog", (dialog) => dialog.accept());
  await withdrawForm.getByRole("button", { name: "Withdraw my claim" }).click();
  await expect(withdrawForm.getByTestId("form-error")).toHaveText("You can only change your own claims.");
  await a.goto(`/problems/${problem}`);
  await expect(claimBy(a, alice.name)).toHaveAttribute("data-status", "working");

  await a.goto("/me");
  const received = a.getByTestId("request-received").filter({ hasText: bob.name });
  await expect(received).toHaveAttribute("data-status", "pending");
  await expect(received).toContainText("happy to help");
  await received.getByRole("button", { name: "Accept" }).click();
  await expect(a.getByTestId("request-received").filter({ hasText: bob.name })).toHaveAttribute("data-status", "accepted");

  // Both now see each other as collaborators, with contact details, on the problem page and on /me.
  await a.goto(`/problems/${problem}`);
  await expect(claimBy(a, alice.name).getByTestId("collaborators")).toContainText(bob.name);
  await expect(claimBy(a, alice.name).getByTestId("collaborators")).toContainText(bob.contact);
  await b.goto(`/problems/${problem}`);
  await expect(claimBy(b, alice.name).getByTestId("collaborators")).toContainText(bob.name);
  await expect(claimBy(b, alice.name)).toContainText(alice.contact);
  await expect(claimBy(b, alice.name)).toContainText("You are a collaborator on this claim.");

  await a.goto("/me");
  await expect(a.locator("section", { has: a.getByRole("heading", { name: "My claims" }) }).getByTestId("collaborators")).toContainText(bob.name);
  await b.goto("/me");
  const collaborating = b.locator("section", { has: b.getByRole("heading", { name: "Claims I collaborate on" }) });
  await expect(collaborating.getByTestId("claim")).toHaveAttribute("data-owner", alice.name);
  await expect(collaborating).toContainText(alice.contact);
  await expect(b.getByTestId("request-sent")).toHaveAttribute("data-status", "accepted");

  // Signed-out visitors see the claim but nobody's collaborator-only contact details.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/problems/${problem}`);
  await expect(claimBy(visitor, alice.name)).toBeVisible();
  await expect(visitor.getByText(alice.contact)).toHaveCount(0);
  await expect(visitor.getByText(bob.contact)).toHaveCount(0);
});

test("signed-out users are sent to sign in from /me and see no claim form", async ({ page }) => {
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fme$/);
  await page.goto("/problems/2.1");
  await expect(page.getByRole("button", { name: /^Save as/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
});

test("a sign-up with bad input shows clear errors and creates nothing", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Short Password");
  await page.getByLabel("Email").fill(`short-${run}@example.org`);
  await page.getByLabel("Password").evaluate((input) => input.removeAttribute("minlength"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  // The server's field error, not the hint under the field, and nobody signed in.
  await expect(page.locator("#field-password-error")).toHaveText("At least 8 characters");
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});
