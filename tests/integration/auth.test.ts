import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// Better Auth through its HTTP handler, on a real SQLite file: sign-up, sign-in and database sessions.
let database: TestDatabase;
let route: typeof import("@/app/api/auth/[...all]/route");
const origin = "http://localhost:3000";

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET = "test-secret-".padEnd(40, "x");
  route = await import("@/app/api/auth/[...all]/route");
});

afterAll(async () => {
  await database.cleanup();
});

function post(pathname: string, body: unknown, headers: Record<string, string> = {}) {
  return route.POST(
    new Request(`${origin}/api/auth${pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-forwarded-for": "203.0.113.7", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe("email and password accounts", () => {
  it("signs up, stores the user and a database session, and signs in", async () => {
    const signUp = await post("/sign-up/email", { name: "Ada", email: "ada@example.org", password: "correct horse battery" });
    expect(signUp.status).toBe(200);
    expect(signUp.headers.get("set-cookie")).toMatch(/session_token=/);
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(user.name).toBe("Ada");
    expect(await database.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    const account = await database.prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain("correct horse");

    const signIn = await post("/sign-in/email", { email: "ada@example.org", password: "correct horse battery" }, { "x-forwarded-for": "203.0.113.8" });
    expect(signIn.status).toBe(200);
    expect(await database.prisma.session.count({ where: { userId: user.id } })).toBe(2);
  });

  it("refuses a wrong password and a duplicate email", async () => {
    const wrong = await post("/sign-in/email", { email: "ada@example.org", password: "wrong password" }, { "x-forwarded-for": "203.0.113.9" });
    expect(wrong.status).toBe(401);
    const duplicate = await post("/sign-up/email", { name: "Ada 2", email: "ada@example.org", password: "another password" }, { "x-forwarded-for": "203.0.113.10" });
    expect(duplicate.status).toBeGreaterThanOrEqual(400);
    expect(await database.prisma.user.count({ where: { email: "ada@example.org" } })).toBe(1);
  });

});
