import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./people";
import { spawnServer } from "./spawn-server";

// Public pages are served from Next's cache to signed-out visitors. These tests prove that each
// kind of write expires what it changed: the very next anonymous request shows it, with no wait.

// Each test walks through many writes by several people (each sign-up hashes a password), so
// they get more time than one page's test.
test.describe.configure({ timeout: 180_000 });

const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

/** What a signed-out visitor gets (no cookies), and whether it came from the cache. */
async function anonymous(pathname: string, origin = base) {
  const response = await fetch(new URL(pathname, origin));
  // React separates adjacent text with <!-- --> in HTML; drop it so text reads as it shows.
  const text = (await response.text()).replaceAll("<!-- -->", "");
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), text };
}

/** Loads a page twice as a visitor, so that it is certainly cached before the write under test. */
async function cached(pathname: string, origin = base) {
  await anonymous(pathname, origin);
  const second = await anonymous(pathname, origin);
  if (!pathname.startsWith("/api/")) expect(second.cache, `${pathname} is served from the cache`).toBe("HIT");
  return second.text;
}

const activeClaims = async (number: string) => JSON.parse((await anonymous(`/api/problems/${number}`)).text).activeClaims as number;
const catalogueRow = async (number: string, query = "") => {
  const html = (await anonymous(`/${query}`)).text;
  const start = html.indexOf(`data-number="${number}"`);
  return start === -1 ? "" : html.slice(start, html.indexOf("</li>", start));
};

function grantModerator(email: string) {
  const result = spawnSync(path.join("node_modules", ".bin", "tsx"), ["lib/cli/admin.mts", "grant", email], {
    env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

async function saveClaim(page: Page, number: string, status: string, note: string) {
  await page.goto(`/problems/${number}`);
  await page.getByLabel("Status").selectOption(status);
  await page.getByLabel("Looking for collaborators").check();
  await page.getByLabel("Note").fill(note);
  await page.getByRole("button", { name: /^Save as/ }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Your claim is saved.");
}

test("claims, edits, requests, answers, links, hiding and withdrawal each show on the next anonymous request", async ({ browser }) => {
  const number = "2.5";
  const run = Date.now().toString(36);
  const owner = newPerson("Ona");
  const helper = newPerson("Hal");
  const moderator = newPerson("Mod");

  // Cached before anything happens.
  expect(await cached(`/problems/${number}`)).toContain("Nobody is actively working on this problem.");
  await cached("/");
  await cached("/?unclaimed=1");
  const before = await activeClaims(number);

  // A claim.
  const ownerPage = await signUp(browser, owner);
  await saveClaim(ownerPage, number, "working", `First note ${run}`);
  expect((await anonymous(`/problems/${number}`)).text).toContain(`First note ${run}`);
  expect(await activeClaims(number)).toBe(before + 1);
  expect(await catalogueRow(number)).toContain("1 working");
  expect(await catalogueRow(number, "?unclaimed=1")).toBe("");

  // An edit.
  await cached(`/problems/${number}`);
  await saveClaim(ownerPage, number, "working", `Second note ${run}`);
  const edited = (await anonymous(`/problems/${number}`)).text;
  expect(edited).toContain(`Second note ${run}`);
  expect(edited).not.toContain(`First note ${run}`);

  // A request, then its answer: the accepted collaborator appears on the public claim.
  const helperPage = await signUp(browser, helper);
  await helperPage.goto(`/problems/${number}`);
  const claim = helperPage.locator(`[data-testid="claim"][data-owner="${owner.name}"]`);
  await claim.getByText(`Ask ${owner.name} to collaborate`).click();
  await claim.getByLabel("Message").fill("Happy to help with the experiments.");
  await claim.getByRole("button", { name: "Send request" }).click();
  await expect(claim).toContainText("waiting for an answer");
  await cached(`/problems/${number}`);
  await ownerPage.goto("/me");
  await ownerPage.getByTestId("request-received").filter({ hasText: helper.name }).getByRole("button", { name: "Accept" }).click();
  await expect(ownerPage.getByTestId("request-received").filter({ hasText: helper.name })).toHaveAttribute("data-status", "accepted");
  expect((await anonymous(`/problems/${number}`)).text).toContain(helper.name);

  // A link to existing work.
  const linkTitle = `Write-up ${run}`;
  await cached(`/problems/${number}`);
  await ownerPage.goto(`/problems/${number}`);
  await ownerPage.getByText("Add a link to existing work").click();
  await ownerPage.getByLabel("Title").fill(linkTitle);
  await ownerPage.getByLabel("URL").fill(`https://example.org/${run}`);
  await ownerPage.getByRole("button", { name: "Add link" }).click();
  await expect(ownerPage.getByTestId("work-link").filter({ hasText: linkTitle })).toBeVisible();
  expect((await anonymous(`/problems/${number}`)).text).toContain(linkTitle);

  // Hiding it (moderation).
  await cached(`/problems/${number}`);
  const moderatorPage = await signUp(browser, moderator);
  grantModerator(moderator.email);
  await moderatorPage.goto(`/problems/${number}`);
  await moderatorPage.getByTestId("work-link").filter({ hasText: linkTitle }).getByRole("button", { name: "Hide" }).click();
  await expect(moderatorPage.getByTestId("work-link").filter({ hasText: linkTitle })).toHaveCount(0);
  expect((await anonymous(`/problems/${number}`)).text).not.toContain(linkTitle);

  // Withdrawal.
  await cached(`/problems/${number}`);
  await ownerPage.goto(`/problems/${number}`);
  ownerPage.once("dialog", (dialog) => dialog.accept());
  await ownerPage.locator(`[data-testid="claim"][data-owner="${owner.name}"]`).getByRole("button", { name: "Withdraw my claim" }).click();
  await expect(ownerPage.locator(`[data-testid="claim"][data-owner="${owner.name}"]`)).toHaveAttribute("data-status", "withdrawn");
  expect((await anonymous(`/problems/${number}`)).text).toContain("Nobody is actively working on this problem.");
  expect(await activeClaims(number)).toBe(before);
  expect(await catalogueRow(number, "?unclaimed=1")).not.toBe("");
});

test("an ingest while the server runs shows on the next request of every page and the API", async () => {
  const server = await spawnServer("ingest", 3196);
  const contentDir = mkdtempSync(path.join(tmpdir(), "content-"));
  try {
    cpSync(path.join("tests", "fixtures", "content"), contentDir, { recursive: true });
    const ingest = () =>
      spawnSync(path.join("node_modules", ".bin", "tsx"), ["lib/cli/ingest.mts", contentDir], {
        env: { ...process.env, DATABASE_URL: `file:${server.databaseFile}`, PORT: "3196" },
        encoding: "utf8",
      });

    // Nothing ingested yet: an empty catalogue, cached.
    expect(await cached("/", server.url)).toContain("(of 0)");
    expect((await anonymous("/problems/1.1", server.url)).status).toBe(404);

    const first = ingest();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("told the server");
    expect((await anonymous("/", server.url)).text).toContain("Reverse engineer a neuron");
    expect((await anonymous("/problems/1.1", server.url)).status).toBe(200);

    // A changed title.
    await cached("/problems/1.1", server.url);
    await cached("/", server.url);
    const file = path.join(contentDir, "problems", "1.1.md");
    writeFileSync(file, readFileSync(file, "utf8").replace('title: "Reverse engineer a neuron"', 'title: "Reverse engineer one neuron"'));
    const second = ingest();
    expect(second.status, second.stderr).toBe(0);
    expect((await anonymous("/problems/1.1", server.url)).text).toContain("Reverse engineer one neuron");
    expect((await anonymous("/", server.url)).text).toContain("Reverse engineer one neuron");
    expect(JSON.parse((await anonymous("/api/problems/1.1", server.url)).text).title).toBe("Reverse engineer one neuron");
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
    await server.stop();
  }
});
