import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";

/** Someone who signs up through the real form; names and emails are unique per test run. */
export type Person = { name: string; email: string; password: string };

const run = Date.now().toString(36);
let people = 0;

export function newPerson(label: string): Person {
  people += 1;
  const id = `${run}-${people}`;
  return { name: `${label} ${id}`, email: `${label.toLowerCase()}-${id}@example.org`, password: `${label}-${id}-quiet-lattice-meadow` };
}

/** Signs up in a fresh browser context and lands on /me. */
export async function signUp(browser: Browser, who: Person, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(who.name);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/me$/);
  return page;
}
