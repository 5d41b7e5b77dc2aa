import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { spawnServer } from "./spawn-server";

// What an attacker or a broken client meets: forged and malformed posts, spoofed addresses,
// oversized bodies, a fresh server whose first request is Better Auth's.

const e2eDatabase = path.join(process.cwd(), "data", "e2e.db");

/** Every row of every table, so a test can prove that nothing changed. */
function snapshot(file: string): Record<string, number> {
  const sqlite = new Database(file, { readonly: true });
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'").all() as { name: string }[];
  const counts = Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  const changes = sqlite.prepare("SELECT max(lastUpdateAt) AS at FROM Claim").get() as { at: unknown };
  sqlite.close();
  return { ...counts, lastClaimUpdate: Number(changes.at ?? 0) };
}

function serverActions(): { id: string; name: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName ?? id }));
}

test("every server action posted cross-site or with a garbage body gets a 4xx and changes nothing", async ({ request, baseURL }) => {
  const actions = serverActions();
  expect(actions.length).toBeGreaterThanOrEqual(11);
  const before = snapshot(e2eDatabase);
  const outcomes: string[] = [];
  for (const action of actions) {
    const forged = await request.post("/problems/1.1", {
      headers: { "next-action": action.id, origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
      data: '[{"ok":false},"$K1"]',
      failOnStatusCode: false,
    });
    const garbageText = await request.post("/problems/1.1", {
      headers: { "next-action": action.id, origin: baseURL!, "content-type": "text/plain;charset=UTF-8" },
      data: "garbage{",
      failOnStatusCode: false,
    });
    const garbageMultipart = await request.post("/problems/1.1", {
      headers: { "next-action": action.id, origin: baseURL!, "content-type": "multipart/form-data; boundary=xyz" },
      data: "--xyz\r\nContent-Disposition: form-data; name=\"1_x\"\r\n\r\nhello",
      failOnStatusCode: false,
    });
    const noScriptGarbage = await request.post("/problems/1.1", {
      headers: { origin: baseURL!, "content-type": "multipart/form-data; boundary=xyz" },
      data: `--xyz\r\nContent-Disposition: form-data; name="$ACTION_ID_${action.id}"\r\n\r\n\r\n--xyz`,
      failOnStatusCode: false,
    });
    outcomes.push(`${action.name}: ${forged.status()} ${garbageText.status()} ${garbageMultipart.status()} ${noScriptGarbage.status()}`);
  }
  for (const outcome of outcomes) expect(outcome).toMatch(/: 403 400 400 400$/);
  expect(snapshot(e2eDatabase)).toEqual(before);
});

test("a body over the limit gets 413, on pages and on Better Auth's endpoints", async ({ request, baseURL }) => {
  const huge = "x".repeat(5 * 1024 * 1024);
  const signUp = await request.post("/api/auth/sign-up/email", {
    headers: { origin: baseURL!, "content-type": "application/json" },
    data: JSON.stringify({ name: huge, email: "huge@example.org", password: "correct horse battery" }),
    failOnStatusCode: false,
  });
  expect(signUp.status()).toBe(413);
  const page = await request.post("/problems/1.1", { headers: { origin: baseURL!, "content-type": "text/plain" }, data: huge, failOnStatusCode: false });
  expect(page.status()).toBe(413);
});

test("every response carries the security headers", async ({ request }) => {
  for (const url of ["/", "/problems/1.1", "/api/problems/1.1", "/sign-in"]) {
    const headers = (await request.get(url)).headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("form-action 'self'");
  }
});

test("a returnTo with non-Latin characters redirects instead of failing", async ({ page }) => {
  const response = await page.goto("/sign-in?returnTo=%2Fproblems%2F%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82");
  expect(response?.status()).toBe(200);
  await expect(page.locator('input[name="returnTo"]')).toHaveValue("/problems/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82");
});

test.describe("servers started for one test", () => {
  test("a fresh server whose first request is Better Auth's still answers the forms with their normal messages", async ({ browser }) => {
    const server = await spawnServer("auth-first", 3191);
    try {
      const first = await fetch(`${server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.url },
        body: JSON.stringify({ email: "nobody@example.org", password: "wrong password" }),
      });
      expect(first.status).toBe(401);
      const page = await (await browser.newContext({ baseURL: server.url })).newPage();
      const responses: number[] = [];
      page.on("response", (response) => responses.push(response.status()));
      await page.goto("/sign-up");
      await page.getByLabel("Name").fill("Early Bird");
      await page.getByLabel("Email").fill("early@example.org");
      await page.getByLabel("Password").fill("purple-otter-lamp-42");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page).toHaveURL(/\/me$/);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill("early@example.org");
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
      await page.goto("/sign-up");
      await page.getByLabel("Name").fill("Copy Cat");
      await page.getByLabel("Email").fill("early@example.org");
      await page.getByLabel("Password").fill("purple-otter-lamp-42");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByTestId("form-error")).toHaveText("An account with this email already exists. Sign in instead.");
      expect(responses.filter((status) => status >= 500)).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  test("when the database file vanishes under a running server, pages and health answer 503, not stale success", async () => {
    const server = await spawnServer("vanish", 3194);
    try {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      rmSync(server.databaseFile);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(503);
      const page = await fetch(`${server.url}/sign-in`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain("The database is unavailable");
    } finally {
      await server.stop();
    }
  });

  test("writes by one user are limited, and the refusal keeps what they typed", async ({ browser }) => {
    const server = await spawnServer("writes", 3195, { WRITES_PER_USER: "3" });
    try {
      const page = await (await browser.newContext({ baseURL: server.url })).newPage();
      await page.goto("/sign-up");
      await page.getByLabel("Name").fill("Busy Writer");
      await page.getByLabel("Email").fill("busy@example.org");
      await page.getByLabel("Password").fill("purple-otter-lamp-42");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page).toHaveURL(/\/me$/);
      await page.goto("/me/profile");
      for (let save = 1; save <= 3; save += 1) {
        await page.getByLabel("Affiliation").fill(`Lab ${save}`);
        await page.getByRole("button", { name: "Save profile" }).click();
        await expect(page.getByTestId("form-success")).toBeVisible();
        await page.reload();
      }
      await page.getByLabel("Affiliation").fill("Lab 4");
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.getByTestId("form-error")).toContainText("Too many changes. Try again in");
      await expect(page.getByLabel("Affiliation")).toHaveValue("Lab 4");
    } finally {
      await server.stop();
    }
  });

  test("a forged X-Forwarded-For does not escape the per-address limit when no proxy is trusted", async () => {
    const server = await spawnServer("no-proxy", 3192, { SIGN_IN_ATTEMPTS_PER_ADDRESS: "5" });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.url, "x-forwarded-for": `198.51.100.${attempt}` },
          body: JSON.stringify({ email: `person${attempt}@example.org`, password: "wrong password" }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    } finally {
      await server.stop();
    }
  });

  test("behind a trusted proxy each client has its own bucket, keyed by the entry the proxy added", async () => {
    const server = await spawnServer("proxy", 3193, { SIGN_IN_ATTEMPTS_PER_ADDRESS: "3", TRUSTED_PROXIES: "127.0.0.1" });
    try {
      const attempt = async (forwardedFor: string, index: number) =>
        (
          await fetch(`${server.url}/api/auth/sign-in/email`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: server.url, "x-forwarded-for": forwardedFor },
            body: JSON.stringify({ email: `p${index}-${forwardedFor.length}@example.org`, password: "wrong password" }),
          })
        ).status;
      // Two users behind the proxy do not share a bucket.
      expect([await attempt("198.51.100.1", 1), await attempt("198.51.100.1", 2), await attempt("198.51.100.1", 3)]).toEqual([401, 401, 401]);
      expect(await attempt("198.51.100.2", 4)).toBe(401);
      // A client that prepends invented addresses is still counted by what the proxy appended.
      expect(await attempt("6.6.6.6, 198.51.100.1", 5)).toBe(429);
      expect(await attempt("7.7.7.7, 198.51.100.1", 6)).toBe(429);
    } finally {
      await server.stop();
    }
  });
});
