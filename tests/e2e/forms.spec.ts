import { expect, test, type Locator, type Page } from "@playwright/test";
import { newPerson, signUp } from "./people";

// Forms never throw away what the user typed: after the server refuses one field, that field shows
// its error and every field keeps what was typed (selects, radios and checkboxes too), with
// JavaScript and without it (the page is then rendered by the server from the action's state).
// Most tests sign up one or two people through the UI; on a busy two-core machine that can pass the default minute.
test.describe.configure({ timeout: 120_000 });

const run = Date.now().toString(36);
const person = newPerson;

/** The one field in error shows its message and is the only field marked invalid. */
async function expectOnlyError(form: Locator, field: Locator, message: string | RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const errorId = (await field.getAttribute("aria-describedby"))?.split(" ")[0];
  await expect(form.locator(`[id="${errorId}"]`)).toHaveText(message);
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(1);
}

// Passes browser validation (a dot-less domain is a valid email and ftp: a valid URL) but not the server's.
const BAD_EMAIL = "ada@example";
const BAD_URL = "ftp://example.org/paper.pdf";
const claimBy = (page: Page, name: string) => page.locator(`[data-testid="claim"][data-owner="${name}"]`);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    const problem = javaScriptEnabled ? "1.5" : "1.6";

    test("sign-up keeps name and email after a too-short password", async ({ browser }) => {
      const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await page.goto("/sign-up");
      const who = person("Short");
      await page.getByLabel("Name").fill(who.name);
      await page.getByLabel("Email").fill(who.email);
      // Browser validation would stop this before the server; the server is what is under test.
      await page.getByLabel("Password").evaluate((input) => input.removeAttribute("minlength"));
      await page.getByLabel("Password").fill("short");
      await page.getByRole("button", { name: "Create account" }).click();
      const form = page.locator("form", { has: page.getByRole("button", { name: "Create account" }) });
      await expectOnlyError(form, page.getByLabel("Password"), "At least 8 characters");
      await expect(page.getByLabel("Name")).toHaveValue(who.name);
      await expect(page.getByLabel("Email")).toHaveValue(who.email);
      await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
    });

    test("sign-in keeps the email after a refusal; the password only in the browser", async ({ browser }) => {
      const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(BAD_EMAIL);
      await page.getByLabel("Password").fill("some-password-1");
      await page.getByRole("button", { name: "Sign in" }).click();
      const form = page.locator("form", { has: page.getByRole("button", { name: "Sign in" }) });
      await expectOnlyError(form, page.getByLabel("Email"), "Enter a valid email address");
      await expect(page.getByLabel("Email")).toHaveValue(BAD_EMAIL);
      // The server never sends a password back, so only the page's own script can keep it.
      await expect(page.getByLabel("Password")).toHaveValue(javaScriptEnabled ? "some-password-1" : "");
    });

    test("profile keeps every field, the radio included, after a bad website", async ({ browser }) => {
      const who = person("Profile");
      const page = await signUp(browser, who, { javaScriptEnabled });
      await page.goto("/me/profile");
      const typed = {
        "Display name": `Ada Lovelace ${run}`,
        Affiliation: "Analytical Engines Ltd",
        "Short bio": "First programmer.\nLikes Bernoulli numbers.",
        Skills: "PyTorch, linear algebra",
        "Contact email": `ada-${run}@example.org`,
        "Discord handle": "ada_l",
      };
      for (const [label, value] of Object.entries(typed)) await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByLabel("Website").fill(BAD_URL);
      await page.getByLabel("Nobody").check();
      await page.getByRole("button", { name: "Save profile" }).click();

      const form = page.locator("form", { has: page.getByRole("button", { name: "Save profile" }) });
      await expectOnlyError(form, page.getByLabel("Website"), "Enter a full http:// or https:// address");
      await expect(page.getByLabel("Website")).toHaveValue(BAD_URL);
      for (const [label, value] of Object.entries(typed)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
      await expect(page.getByLabel("Nobody")).toBeChecked();
      // The bio came back with the CRLF line break a browser posts; it still counts as one character.
      await expect(page.getByTestId("character-count")).toHaveText(`${typed["Short bio"].length} / 1000`);
      await expect(page.getByTestId("signed-in-as")).toHaveText(who.name);
    });

    test("claim keeps status, note, every link and an unchecked box after a bad second link", async ({ browser }) => {
      const who = person("Claimer");
      const page = await signUp(browser, who, { javaScriptEnabled });
      await page.goto(`/problems/${problem}`);
      await page.getByLabel("Note").fill("First try.");
      await page.getByLabel("Link 1").fill("https://example.org/first");
      await page.getByLabel("Looking for collaborators").check();
      await page.getByRole("button", { name: "Save as working on it" }).click();
      await expect(page.getByTestId("form-success")).toHaveText("Your claim is saved.");
      await expect(claimBy(page, who.name)).toHaveAttribute("data-status", "working");

      // Edit everything, leave one link bad, and untick the box that is ticked in the saved claim.
      await page.getByLabel("Status").selectOption("paused");
      await page.getByLabel("Note").fill("Paused while I read up on superposition.");
      await page.getByLabel("Link 1").fill("https://example.org/changed");
      await page.getByLabel("Link 2").fill(BAD_URL);
      await page.getByLabel("Link 3").fill("https://example.org/third");
      await page.getByLabel("Looking for collaborators").uncheck();
      if (javaScriptEnabled) await expect(page.getByRole("button", { name: "Save as paused" })).toBeVisible();
      await page.getByRole("button", { name: /^Save as/ }).click();

      const form = page.getByRole("form", { name: "Your claim" });
      await expectOnlyError(form, page.getByLabel("Link 2"), "Enter a full http:// or https:// address");
      await expect(page.getByLabel("Status")).toHaveValue("paused");
      await expect(page.getByLabel("Note")).toHaveValue("Paused while I read up on superposition.");
      await expect(page.getByLabel("Link 1")).toHaveValue("https://example.org/changed");
      await expect(page.getByLabel("Link 2")).toHaveValue(BAD_URL);
      await expect(page.getByLabel("Link 3")).toHaveValue("https://example.org/third");
      await expect(page.getByLabel("Looking for collaborators")).not.toBeChecked();
      await expect(page.getByRole("button", { name: "Save as paused" })).toBeVisible();
      // Nothing was saved.
      await expect(claimBy(page, who.name)).toHaveAttribute("data-status", "working");
      await expect(claimBy(page, who.name)).toContainText("First try.");
    });

    test("collaboration request keeps an over-long message, with the limit named", async ({ browser }) => {
      const owner = person("Owner");
      const ownerPage = await signUp(browser, owner);
      await ownerPage.goto(`/problems/${problem}`);
      await ownerPage.getByLabel("Looking for collaborators").check();
      await ownerPage.getByRole("button", { name: "Save as working on it" }).click();
      await expect(ownerPage.getByTestId("form-success")).toHaveText("Your claim is saved.");

      const page = await signUp(browser, person("Asker"), { javaScriptEnabled });
      await page.goto(`/problems/${problem}`);
      const claim = claimBy(page, owner.name);
      await claim.getByText(`Ask ${owner.name} to collaborate`).click();
      const message = `I would like to help. ${"Details. ".repeat(130)}`.trim();
      await claim.getByLabel("Message").fill(message);
      if (javaScriptEnabled) await expect(claim.getByTestId("character-count")).toHaveText(`${message.length} / 1000 — ${message.length - 1000} over the limit`);
      await claim.getByRole("button", { name: "Send request" }).click();

      const form = claim.locator("form", { has: page.getByRole("button", { name: "Send request" }) });
      await expectOnlyError(form, claim.getByLabel("Message"), `At most 1000 characters (this has ${message.length})`);
      await expect(claim.getByLabel("Message")).toHaveValue(message);
      await expect(claim.getByTestId("character-count")).toContainText(`${message.length} / 1000`);
    });

    test("existing-work link keeps title and kind after a bad URL", async ({ browser }) => {
      const page = await signUp(browser, person("Linker"), { javaScriptEnabled });
      await page.goto(`/problems/${problem}`);
      await page.getByText("Add a link to existing work").click();
      await page.getByLabel("Title").fill("Trigram neurons, a replication");
      await page.getByLabel("URL").fill(BAD_URL);
      await page.getByLabel("Kind").selectOption("repo");
      await page.getByRole("button", { name: "Add link" }).click();

      const form = page.getByRole("form", { name: "Link to existing work" });
      await expectOnlyError(form, page.getByLabel("URL"), "Enter a full http:// or https:// address");
      await expect(page.getByLabel("Title")).toHaveValue("Trigram neurons, a replication");
      await expect(page.getByLabel("URL")).toHaveValue(BAD_URL);
      await expect(page.getByLabel("Kind")).toHaveValue("repo");
    });

    test("withdrawing a claim shows the withdrawn state at once and keeps the message", async ({ browser }) => {
      const who = person("Withdrawer");
      const page = await signUp(browser, who, { javaScriptEnabled });
      await page.goto(`/problems/${problem}`);
      await page.getByLabel("Status").selectOption("interested");
      await page.getByLabel("Note").fill("Reading the literature first.");
      // Without JavaScript the button keeps the label of the status the page was rendered with.
      await page.getByRole("button", { name: javaScriptEnabled ? "Save as interested" : "Save as working on it" }).click();
      await expect(page.getByRole("heading", { name: "Update your claim" })).toBeVisible();
      await expect(page.getByLabel("Status")).toHaveValue("interested");
      if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

      page.once("dialog", (dialog) => dialog.accept());
      await claimBy(page, who.name).getByRole("button", { name: "Withdraw my claim" }).click();
      await expect(claimBy(page, who.name)).toHaveAttribute("data-status", "withdrawn");
      await expect(claimBy(page, who.name).getByTestId("form-success")).toHaveText("Claim withdrawn; it stays in the problem's history.");
      await expect(page.getByRole("heading", { name: "Claim this problem" })).toBeVisible();
      await expect(page.getByTestId("claim-withdrawn")).toBeVisible();
      await expect(page.getByLabel("Status")).toHaveValue("working");
      await expect(page.getByRole("button", { name: "Save as working on it" })).toBeVisible();
      // The old "Your claim is saved." belongs to the claim that is gone.
      await expect(page.getByRole("form", { name: "Your claim" }).getByTestId("form-success")).toHaveCount(0);
      if (javaScriptEnabled) expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    });
  });
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("long words and URLs wrap at 375 px, and URLs in notes are user-content links", async ({ browser }) => {
  // Two sign-ups, a profile, a refused and a saved claim, a link and a request: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const phone = { viewport: { width: 375, height: 800 } };
  const longName = `N${"o".repeat(60)}${run}`.slice(0, 80);
  const owner = { ...person("Wide"), name: longName };
  const page = await signUp(browser, owner, phone);
  await page.goto("/me/profile");
  await page.getByLabel("Affiliation").fill(`Institute${"x".repeat(100)}`);
  await page.getByLabel("Contact email").fill(`${"e".repeat(60)}@example.org`);
  await page.getByLabel("Everyone").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Profile saved.");

  const longUrl = `https://example.org/${"a".repeat(380)}`;
  await page.goto("/problems/1.7");
  await page.getByLabel("Note").fill("z".repeat(2000));
  await page.getByLabel("Link 1").fill(longUrl);
  await page.getByLabel("Looking for collaborators").check();
  await page.getByRole("button", { name: "Save as working on it" }).click();
  await expect(page.locator("#field-note-error")).toHaveText("At most 1000 characters (this has 2000)");
  await expect(page.getByTestId("character-count")).toHaveText("2000 / 1000 — 1000 over the limit");
  expect(await noSidewaysScroll(page)).toBe(true);

  const noteUrl = `https://example.org/notes/${"b".repeat(300)}`;
  const note = `${"y".repeat(600)} see ${noteUrl}`;
  await page.getByLabel("Note").fill(note);
  await expect(page.getByTestId("character-count")).toHaveText(`${note.length} / 1000`);
  await page.getByRole("button", { name: "Save as working on it" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Your claim is saved.");
  const claim = claimBy(page, longName);
  await expect(claim).toContainText("y".repeat(600));
  const link = claim.locator(`a[href="${noteUrl}"]`);
  await expect(link).toHaveText(noteUrl);
  expect((await link.getAttribute("rel"))?.split(" ")).toEqual(expect.arrayContaining(["nofollow", "ugc", "noopener"]));
  await expect(claim.locator(`a[href="${longUrl}"]`)).toBeVisible();

  await page.getByText("Add a link to existing work").click();
  await page.getByLabel("Title").fill(`Title${"t".repeat(190)}`);
  await page.getByLabel("URL").fill(longUrl);
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByText("Link added.")).toBeVisible();

  const asker = await signUp(browser, { ...person("Asker"), name: `A${"s".repeat(70)}${run}`.slice(0, 80) }, phone);
  await asker.goto("/problems/1.7");
  await claimBy(asker, longName).getByText(/^Ask .* to collaborate$/).click();
  await claimBy(asker, longName).getByLabel("Message").fill(`${"m".repeat(500)} ${longUrl}`);
  await claimBy(asker, longName).getByRole("button", { name: "Send request" }).click();
  await expect(claimBy(asker, longName)).toContainText("You asked to collaborate");

  for (const [viewer, path] of [[page, "/problems/1.7"], [page, "/me"], [asker, "/me"], [page, "/me/profile"]] as const) {
    await viewer.goto(path);
    expect(await noSidewaysScroll(viewer), `${path} scrolls sideways`).toBe(true);
  }
  await page.goto("/me");
  const requestLink = page.getByTestId("request-received").locator(`a[href="${longUrl}"]`);
  expect((await requestLink.getAttribute("rel"))?.split(" ")).toEqual(expect.arrayContaining(["nofollow", "ugc", "noopener"]));
});
