import { expect, test, type Browser, type Page } from "@playwright/test";
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from "../helpers/smtp-server";
import { newPerson, signUp, type Person } from "./people";
import { spawnServer, type SpawnedServer } from "./spawn-server";

// Issue 9 end to end, on a server with mail on (SMTP_URL) sending to a real SMTP server here:
// watching, the inbox and its badge, the email with its unsubscribe link, and password reset.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PORT = Number(process.env.E2E_MAIL_PORT ?? 3197);
let smtp: TestSmtpServer;
let server: SpawnedServer;

test.beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await spawnServer("mail", PORT, { SMTP_URL: smtp.url, MAIL_FROM: "Open Problems <no-reply@example.org>", NOTIFY_INTERVAL_MS: "1000", BETTER_AUTH_URL: `http://127.0.0.1:${PORT}` }, { ingest: true });
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

const mailTo = (who: Person, subject: RegExp) => (received: ReceivedMail[]) => received.filter((mail) => mail.to.includes(who.email) && subject.test(mail.subject));

async function waitForMail(who: Person, subject: RegExp): Promise<ReceivedMail> {
  await smtp.waitFor((received) => mailTo(who, subject)(received).length > 0, 20_000);
  return mailTo(who, subject)(smtp.received)[0]!;
}

const linkIn = (mail: ReceivedMail, pattern: RegExp) => {
  const match = mail.text.match(pattern);
  expect(match, `a link matching ${pattern} in:\n${mail.text}`).not.toBeNull();
  return match![0];
};

const signUpOn = (browser: Browser, who: Person): Promise<Page> => signUp(browser, who, { baseURL: server.url });

test("A claims, B watches, A withdraws: B sees the badge and the notification, and gets one email with a working unsubscribe link", async ({ browser }) => {
  const ana = newPerson("Ana");
  const ben = newPerson("Ben");
  const anaPage = await signUpOn(browser, ana);
  const benPage = await signUpOn(browser, ben);

  // B confirms their address through the emailed link: only confirmed addresses get mail.
  const confirmation = await waitForMail(ben, /Confirm your email/);
  await benPage.goto(linkIn(confirmation, /http:\/\/\S+verify-email\S+/));
  await expect(benPage).toHaveURL(/\/me\/profile\?verified=1/);
  await expect(benPage.getByRole("status").filter({ hasText: "is confirmed" })).toBeVisible();
  // "Frees up" comes as a digest by default; B wants it right away.
  await benPage.getByLabel("The problem frees up (no active claim is left)").selectOption("immediate");
  await benPage.getByRole("button", { name: "Save email settings" }).click();
  await expect(benPage.getByTestId("form-success").filter({ hasText: "Email settings saved." })).toBeVisible();

  await anaPage.goto("/problems/1.1");
  await anaPage.getByLabel("Status").selectOption("working");
  await anaPage.getByRole("button", { name: /^Save as/ }).click();
  await expect(anaPage.getByTestId("form-success").filter({ hasText: "Your claim is saved." })).toBeVisible();

  await benPage.goto("/problems/1.1");
  await benPage.getByTestId("watch-toggle").getByRole("button", { name: "Watch" }).click();
  await expect(benPage.getByTestId("watch-toggle").getByRole("button", { name: "Stop watching" })).toBeVisible();
  await expect(benPage.getByTestId("unread-count")).toHaveCount(0);

  await anaPage.goto("/problems/1.1");
  anaPage.once("dialog", (dialog) => dialog.accept());
  await anaPage.getByRole("button", { name: "Withdraw my claim" }).click();
  await expect(anaPage.getByText("Claim withdrawn")).toBeVisible();

  // The header on any page shows B's unread count; the inbox shows the notification.
  await benPage.goto("/categories");
  await expect(benPage.getByTestId("unread-count")).toHaveText("1");
  await benPage.getByTestId("inbox-link").click();
  const notification = benPage.getByTestId("notification");
  await expect(notification).toHaveCount(1);
  await expect(notification).toHaveAttribute("data-unread", "true");
  await expect(notification).toContainText("1.1");
  await expect(notification).toContainText("is free again");
  await notification.getByRole("link").click();
  await expect(benPage).toHaveURL(/\/problems\/1\.1$/);
  await expect(benPage.getByTestId("unread-count")).toHaveCount(0);

  const email = await waitForMail(ben, /is free again/);
  expect(email.to).toEqual([ben.email]);
  expect(email.text).toContain(`${server.url}/problems/1.1`);
  expect(email.headers["list-unsubscribe"]).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/unsubscribe\?u=/);
  expect(email.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  // Nobody else got it, and B got it once.
  expect(smtp.received.filter((mail) => /is free again/.test(mail.subject))).toHaveLength(1);

  // The unsubscribe link works signed out, with one click.
  const stranger = await (await browser.newContext({ baseURL: server.url })).newPage();
  await stranger.goto(linkIn(email, /http:\/\/\S+\/unsubscribe\?\S+/));
  await stranger.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(stranger.getByTestId("unsubscribed")).toBeVisible();
  await benPage.goto("/me/profile");
  await expect(benPage.getByLabel("The problem frees up (no active claim is left)")).toHaveValue("never");
  // A forged link changes nothing.
  await stranger.goto(linkIn(email, /http:\/\/\S+\/unsubscribe\?\S+/).replace(/t=[^&\s]+/, "t=forged"));
  await expect(stranger.getByTestId("unsubscribe-invalid")).toBeVisible();
});

// After a client navigation Next keeps the previous page hidden in the DOM: the locators below
// take visible fields only (roles skip hidden elements; password inputs have no role).
test("C resets a forgotten password through the emailed link and signs in with the new one", async ({ browser }) => {
  const cleo = newPerson("Cleo");
  const page = await signUpOn(browser, cleo);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  // One bad field first: what was typed stays.
  await page.getByRole("textbox", { name: "Email" }).fill("cleo@example");
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue("cleo@example");
  await page.getByRole("textbox", { name: "Email" }).fill(cleo.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByTestId("form-success")).toContainText("is on its way");

  const mail = await waitForMail(cleo, /Reset your password/);
  expect(mail.headers["list-unsubscribe"]).toBeUndefined();
  await page.goto(linkIn(mail, /http:\/\/\S+\/reset-password\?token=\S+/));
  const newPassword = `${cleo.password}-renewed`;
  await page.getByLabel("New password").filter({ visible: true }).fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("At least 8 characters").first()).toBeVisible();
  await page.getByLabel("New password").filter({ visible: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);

  await page.getByRole("textbox", { name: "Email" }).fill(cleo.email);
  await page.getByLabel("Password", { exact: true }).filter({ visible: true }).fill(cleo.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await page.getByLabel("Password", { exact: true }).filter({ visible: true }).fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);

  // The link works once.
  await page.goto(linkIn(mail, /http:\/\/\S+\/reset-password\?token=\S+/));
  await page.getByLabel("New password").filter({ visible: true }).fill(`${newPassword}-again`);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("expired or was already used")).toBeVisible();
});
