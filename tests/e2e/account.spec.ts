import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signUp, type Person } from "./people";

// Account basics end to end: change password, download my data, delete my account, remove my own link.
const run = Date.now().toString(36);
const person = (name: string): Person => ({ name: `${name} ${run}`, email: `${name.toLowerCase()}-${run}@example.org`, password: `Quiet harbour ${name} lantern ${run}` });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

async function claim(page: Page, problem: string, note: string) {
  await page.goto(`/problems/${problem}`);
  await page.getByLabel("Status").selectOption("working");
  await page.getByLabel("Note").fill(note);
  await page.getByRole("button", { name: "Save as working on it" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Your claim is saved.");
}

test("changes the password, refusing a wrong current one, and signs in with the new one", async ({ browser }) => {
  const ada = person("Ada");
  const page = await signUp(browser, ada);
  await page.getByRole("link", { name: "Account: password, my data, delete" }).click();
  await expect(page).toHaveURL(/\/me\/account$/);
  const newPassword = `Brass compass orchard ${run} tide`;
  const form = page.getByRole("form", { name: "Change password" });

  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat the new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#field-currentPassword-error")).toHaveText("That is not your current password");

  await form.getByLabel("Current password").fill(ada.password);
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat the new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/me\/account\?password=changed$/);
  await expect(page.getByTestId("form-success")).toContainText("Password changed.");
  // Still signed in here: Better Auth replaced this browser's session.
  await expect(page.getByTestId("signed-in-as")).toHaveText(ada.name);

  await signOut(page);
  await signIn(page, ada.email, ada.password);
  await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
  await signIn(page, ada.email, newPassword);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(ada.name);
});

test("downloads my data as JSON holding my claim, and refuses without a session", async ({ browser, request }) => {
  const bea = person("Bea");
  const page = await signUp(browser, bea);
  await claim(page, "1.6", `Bea's note ${run}`);
  await page.goto("/me/account");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^open-problems-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8")) as { account: { email: string }; claims: { problem: { number: string }; note: string }[] };
  expect(data.account.email).toBe(bea.email);
  expect(data.claims).toEqual([expect.objectContaining({ problem: expect.objectContaining({ number: "1.6" }), note: `Bea's note ${run}` })]);
  expect(JSON.stringify(data)).not.toMatch(/"(password|token)"/);

  const anonymous = await request.get("/me/export.json");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: "Sign in to download your data." });
});

test("deletes my account after I type my email and password; then I cannot sign in and my claim is gone", async ({ browser }) => {
  const cyd = person("Cyd");
  const page = await signUp(browser, cyd);
  await claim(page, "1.7", `Cyd's note ${run}`);
  await page.goto("/me/account");
  const form = page.getByRole("form", { name: "Delete my account" });

  // A wrong email: refused, and what was typed stays in the field.
  await form.getByLabel("Type your email").fill(`someone-else-${run}@example.org`);
  await form.getByLabel("Your password").fill(cyd.password);
  await form.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page.locator("#field-confirmEmail-error")).toContainText(cyd.email);
  await expect(form.getByLabel("Type your email")).toHaveValue(`someone-else-${run}@example.org`);

  await form.getByLabel("Type your email").fill(cyd.email);
  await form.getByLabel("Your password").fill(cyd.password);
  await form.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expect(page.getByTestId("account-deleted")).toBeVisible();
  // Only what shows: Next keeps the page navigated away from in the document, hidden (React Activity).
  await expect(page.getByTestId("signed-in-as").filter({ visible: true })).toHaveCount(0);

  await signIn(page, cyd.email, cyd.password);
  await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
  await page.goto("/problems/1.7");
  await expect(page.locator(`[data-testid="claim"][data-owner="${cyd.name}"]`)).toHaveCount(0);
});

test("removes a link I added, and offers no Remove on other people's links", async ({ browser }) => {
  const dee = person("Dee");
  const eli = person("Eli");
  const addLink = async (page: Page, title: string) => {
    await page.goto("/problems/1.8");
    await page.getByText("Add a link to existing work").click();
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("URL").fill(`https://example.org/${encodeURIComponent(title)}`);
    await page.getByRole("button", { name: "Add link" }).click();
    await expect(page.getByTestId("work-link").filter({ hasText: title })).toBeVisible();
  };
  const eliPage = await signUp(browser, eli);
  await addLink(eliPage, `Eli's post ${run}`);
  const page = await signUp(browser, dee);
  await addLink(page, `Dee's paper ${run}`);

  const mine = page.getByTestId("work-link").filter({ hasText: `Dee's paper ${run}` });
  const theirs = page.getByTestId("work-link").filter({ hasText: `Eli's post ${run}` });
  await expect(theirs.getByRole("button", { name: "Remove" })).toHaveCount(0);
  page.once("dialog", (dialog) => dialog.accept());
  await mine.getByRole("button", { name: "Remove" }).click();
  await expect(mine).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("work-link").filter({ hasText: `Dee's paper ${run}` })).toHaveCount(0);
  await expect(theirs).toBeVisible();
});
