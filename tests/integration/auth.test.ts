import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { consumeAttempt } from "@/lib/rate-limit/attempts";
import { createDatabaseClient } from "@/lib/database-client";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// Better Auth through its HTTP handler, on a real SQLite file: sign-up, sign-in, database sessions,
// and the rules our hooks add to its endpoints.
let database: TestDatabase;
let route: typeof import("@/app/api/auth/[...all]/route");
const origin = "http://localhost:3000";
let addressCounter = 0;
const freshAddress = () => `203.0.113.${++addressCounter}`;

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET = "test-secret-".padEnd(40, "x");
  route = await import("@/app/api/auth/[...all]/route");
});

afterAll(async () => {
  await database.cleanup();
});

beforeEach(async () => {
  await database.prisma.attemptCounter.deleteMany();
  await database.prisma.rateLimit.deleteMany();
  delete process.env.SIGN_IN_ATTEMPTS_PER_ADDRESS;
});

function post(pathname: string, body: unknown, address = freshAddress(), headers: Record<string, string> = {}) {
  return route.POST(
    new Request(`${origin}/api/auth${pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, [CLIENT_ADDRESS_HEADER]: address, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

async function signUp(email: string, name = "Ada") {
  const response = await post("/sign-up/email", { name, email, password: "correct horse battery" });
  expect(response.status).toBe(200);
}

describe("email and password accounts", () => {
  it("signs up, stores the user and a database session, and signs in", async () => {
    await signUp("ada@example.org");
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(user.name).toBe("Ada");
    expect(user.role).toBe("member");
    expect(await database.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    const account = await database.prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain("correct horse");

    const signIn = await post("/sign-in/email", { email: "ada@example.org", password: "correct horse battery" });
    expect(signIn.status).toBe(200);
    expect(await database.prisma.session.count({ where: { userId: user.id } })).toBe(2);
  });

  it("refuses a wrong password and a duplicate email", async () => {
    const wrong = await post("/sign-in/email", { email: "ada@example.org", password: "wrong password" });
    expect(wrong.status).toBe(401);
    const duplicate = await post("/sign-up/email", { name: "Ada 2", email: "ada@example.org", password: "another password" });
    expect(duplicate.status).toBeGreaterThanOrEqual(400);
    expect(await database.prisma.user.count({ where: { email: "ada@example.org" } })).toBe(1);
  });
});

describe("Better Auth's own endpoints obey our rules", () => {
  it("refuses names that our forms refuse: too long, blank, megabytes, and stores nothing", async () => {
    const before = await database.prisma.user.count();
    for (const name of ["x".repeat(81), "   ", "y".repeat(5 * 1024 * 1024)]) {
      const response = await post("/sign-up/email", { name, email: `n${name.length}@example.org`, password: "correct horse battery" });
      expect(response.status).toBe(400);
      expect((await response.json()).message).toMatch(/^name: /);
    }
    expect(await database.prisma.user.count()).toBe(before);
  });

  it("refuses a guessable password with the reason", async () => {
    const response = await post("/sign-up/email", { name: "Weak", email: "weak@example.org", password: "password123" });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/password: Too easy to guess/);
    expect(await database.prisma.user.count({ where: { email: "weak@example.org" } })).toBe(0);
  });

  it("ignores a role in the sign-up body", async () => {
    const response = await post("/sign-up/email", { name: "Mallory", email: "mallory@example.org", password: "correct horse battery", role: "moderator" });
    expect(response.status).toBe(200);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "mallory@example.org" } });
    expect(user.role).toBe("member");
  });

  it("closes endpoints we do not use, such as update-user", async () => {
    for (const path of ["/update-user", "/change-email", "/delete-user", "/change-password"]) {
      expect((await post(path, { name: "z".repeat(100) })).status).toBe(404);
    }
  });
});

describe("sign-in limits", () => {
  it("limits guesses per account whatever address they come from, and the right password then waits too", async () => {
    await signUp("target@example.org", "Target");
    const statuses = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      statuses.push((await post("/sign-in/email", { email: "target@example.org", password: `guess ${attempt}` })).status);
    }
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401)); // the sign-up counted as one attempt
    expect(statuses.slice(9)).toEqual([429, 429, 429]);
    const right = await post("/sign-in/email", { email: "target@example.org", password: "correct horse battery" });
    expect(right.status).toBe(429);
    expect((await right.json()).message).toMatch(/Try again in \d+ minutes/);
  });

  it("an attacked account does not lock out its neighbours on the same address", async () => {
    await signUp("neighbour@example.org", "Neighbour");
    await signUp("victim@example.org", "Victim");
    const sharedWifi = "198.51.100.20";
    for (let attempt = 0; attempt < 12; attempt += 1) await post("/sign-in/email", { email: "victim@example.org", password: "nope" }, sharedWifi);
    const neighbour = await post("/sign-in/email", { email: "neighbour@example.org", password: "correct horse battery" }, sharedWifi);
    expect(neighbour.status).toBe(200);
  });

  it("limits one address across many accounts, loosely", async () => {
    process.env.SIGN_IN_ATTEMPTS_PER_ADDRESS = "5";
    const address = "198.51.100.30";
    const statuses = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      statuses.push((await post("/sign-in/email", { email: `someone${attempt}@example.org`, password: "nope" }, address)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await post("/sign-in/email", { email: "other@example.org", password: "nope" }, "198.51.100.31")).status).toBe(401);
  });
});

describe("attempt counters", () => {
  it("hold across a restart: a new process on the same database sees the same count", async () => {
    const rule = { limit: 3, windowMs: 60_000 };
    const now = new Date();
    const first = createDatabaseClient(database.url);
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await consumeAttempt(first, "restart-test", rule, now)).ok).toBe(true);
    await first.$disconnect();
    const second = createDatabaseClient(database.url);
    expect(await consumeAttempt(second, "restart-test", rule, now)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect((await consumeAttempt(second, "restart-test", rule, new Date(now.getTime() + 60_000))).ok).toBe(true);
    await second.$disconnect();
  });

  it("never lets concurrent attempts past the limit", async () => {
    const rule = { limit: 5, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeAttempt(database.prisma, "race-test", rule)));
    expect(results.filter((result) => result.ok)).toHaveLength(5);
  });
});
