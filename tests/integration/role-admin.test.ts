import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { grantModerator, listModerators, revokeModerator } from "@/lib/auth/role-admin";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// `npm run admin`: the lib functions on a real SQLite file, then the CLI itself as a child process.
let database: TestDatabase;

beforeAll(() => {
  database = createTestDatabase();
});

afterAll(async () => {
  await database.cleanup();
});

beforeEach(async () => {
  await database.prisma.user.deleteMany();
  await database.prisma.user.createMany({
    data: [
      { id: "ada", name: "Ada", email: "ada@example.org", emailVerified: false },
      { id: "grace", name: "Grace", email: "grace@example.org", emailVerified: true },
      { id: "eve", name: "Eve", email: "eve@example.org", emailVerified: false },
    ],
  });
});

const roleOf = async (id: string) => (await database.prisma.user.findUniqueOrThrow({ where: { id } })).role;

describe("grantModerator, revokeModerator, listModerators", () => {
  it("grants the role by email, whatever its case, and says when nothing changed", async () => {
    expect(await grantModerator(database.prisma, " Ada@Example.org ", "")).toMatchObject({ ok: true, email: "ada@example.org", changed: true });
    expect(await roleOf("ada")).toBe("moderator");
    expect(await grantModerator(database.prisma, "ada@example.org", "")).toMatchObject({ ok: true, changed: false });
    expect(await roleOf("eve")).toBe("member");
  });

  it("revokes the role", async () => {
    await grantModerator(database.prisma, "ada@example.org", "");
    expect(await revokeModerator(database.prisma, "ada@example.org", "")).toMatchObject({ ok: true, changed: true, adminEmailStillGrants: false });
    expect(await roleOf("ada")).toBe("member");
  });

  it("refuses an unknown email and changes nothing", async () => {
    expect(await grantModerator(database.prisma, "nobody@example.org", "")).toEqual({ ok: false, error: "No account with the email nobody@example.org. The person must sign up first." });
    expect(await revokeModerator(database.prisma, "nobody@example.org", "")).toMatchObject({ ok: false });
    expect(await database.prisma.user.count({ where: { role: "moderator" } })).toBe(0);
  });

  it("says when ADMIN_EMAILS still grants moderation after a revoke, only for a verified email", async () => {
    await grantModerator(database.prisma, "grace@example.org", "");
    await grantModerator(database.prisma, "ada@example.org", "");
    const admins = "grace@example.org, ada@example.org";
    expect(await revokeModerator(database.prisma, "grace@example.org", admins)).toMatchObject({ ok: true, adminEmailStillGrants: true });
    expect(await revokeModerator(database.prisma, "ada@example.org", admins)).toMatchObject({ ok: true, adminEmailStillGrants: false });
  });

  it("lists role holders and verified ADMIN_EMAILS accounts, and how each may moderate", async () => {
    await grantModerator(database.prisma, "eve@example.org", "");
    await grantModerator(database.prisma, "grace@example.org", "");
    expect(await listModerators(database.prisma, "grace@example.org,ada@example.org")).toEqual([
      { email: "eve@example.org", name: "Eve", via: "role" },
      { email: "grace@example.org", name: "Grace", via: "role and ADMIN_EMAILS" },
    ]);
    await revokeModerator(database.prisma, "grace@example.org", "");
    expect(await listModerators(database.prisma, "grace@example.org")).toEqual([
      { email: "eve@example.org", name: "Eve", via: "role" },
      { email: "grace@example.org", name: "Grace", via: "ADMIN_EMAILS" },
    ]);
  });
});

describe("npm run admin (lib/cli/admin.mts as a child process)", () => {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const run = (...args: string[]) =>
    spawnSync(tsx, ["lib/cli/admin.mts", ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url, ADMIN_EMAILS: "" } });

  it("grants, lists and revokes with exit 0, refuses an unknown email with 1 and bad usage with 2", async () => {
    const granted = run("grant", "eve@example.org");
    expect(granted.status).toBe(0);
    expect(granted.stdout).toContain("Eve <eve@example.org> is now a moderator.");
    expect(await roleOf("eve")).toBe("moderator");

    const listed = run("list");
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain("eve@example.org\tEve\t(role)");

    const unknown = run("grant", "nobody@example.org");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("No account with the email nobody@example.org");

    for (const args of [["promote", "eve@example.org"], ["grant"], ["revoke", "not-an-email"]]) {
      const usage = run(...args);
      expect(usage.status, args.join(" ")).toBe(2);
      expect(usage.stderr).toContain("Usage:");
    }

    const revoked = run("revoke", "eve@example.org");
    expect(revoked.status).toBe(0);
    expect(await roleOf("eve")).toBe("member");
  }, 60_000);
});
