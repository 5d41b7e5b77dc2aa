import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// Deleting an account and exporting its data, on a real SQLite file with the schema's real cascades.
let database: TestDatabase;
let contentDir: string;
let account: typeof import("@/lib/account/service");
let exporter: typeof import("@/lib/account/export");
let claims: typeof import("@/lib/claims/service");
let auth: typeof import("@/lib/auth/server");

type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let bob: User;
const alicePassword = "alice-secret-password";

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET = "test-secret-".padEnd(40, "x");
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error("fixture content is invalid");
  account = await import("@/lib/account/service");
  exporter = await import("@/lib/account/export");
  claims = await import("@/lib/claims/service");
  auth = await import("@/lib/auth/server");
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

/** Alice and Bob with a bit of everything: profiles, claims, requests both ways, links, sessions, a moderation record. */
async function seed() {
  const prisma = database.prisma;
  alice = await createUser(prisma, "Alice", { contactEmail: "alice-contact@example.org", contactVisibility: "collaborators" });
  bob = await createUser(prisma, "Bob", { contactEmail: "bob-contact@example.org", contactVisibility: "public" });
  const { password } = await auth.getAuth().$context;
  await prisma.account.create({ data: { id: randomUUID(), accountId: alice.id, providerId: "credential", userId: alice.id, password: await password.hash(alicePassword) } });
  for (const user of [alice, bob]) {
    await prisma.session.create({ data: { id: randomUUID(), token: `token-of-${user.name}-${randomUUID()}`, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
  }
  const save = async (user: User, problemNumber: string, note: string) => {
    const saved = await claims.saveClaim(user, { problemNumber, status: "working", note, links: [`https://example.org/${user.name}`], lookingForCollaborators: "on" });
    if (!saved.ok) throw new Error(saved.error);
    return saved.value.claimId;
  };
  const aliceClaim = await save(alice, "1.1", "Alice's note");
  const bobClaim = await save(bob, "1.2", "Bob's note");
  const toAlice = await claims.sendCollaborationRequest(bob, { claimId: aliceClaim, message: "Bob's private message to Alice" });
  const toBob = await claims.sendCollaborationRequest(alice, { claimId: bobClaim, message: "Alice's message to Bob" });
  if (!toAlice.ok || !toBob.ok) throw new Error("requests failed");
  await claims.respondToRequest(alice, { requestId: toAlice.value.requestId, decision: "accept" });
  await claims.addWorkLink(alice, { problemNumber: "1.2", title: "Alice's paper", url: "https://example.org/alice-paper", kind: "paper" });
  const bobLink = await claims.addWorkLink(bob, { problemNumber: "1.2", title: "Bob's repo", url: "https://example.org/bob-repo", kind: "repo" });
  if (!bobLink.ok) throw new Error(bobLink.error);
  // Alice moderates too: her log rows must outlive her account.
  await claims.setHidden({ id: alice.id, isAdmin: true }, { target: "link", id: bobLink.value.linkId, hidden: "1" });
  return { aliceClaim, bobClaim };
}

beforeEach(async () => {
  await database.prisma.moderationAction.deleteMany();
  await database.prisma.collaborationRequest.deleteMany();
  await database.prisma.claim.deleteMany();
  await database.prisma.workLink.deleteMany();
  await database.prisma.user.deleteMany();
});

async function counts(userId: string) {
  const prisma = database.prisma;
  return {
    user: await prisma.user.count({ where: { id: userId } }),
    accounts: await prisma.account.count({ where: { userId } }),
    sessions: await prisma.session.count({ where: { userId } }),
    profile: await prisma.profile.count({ where: { userId } }),
    claims: await prisma.claim.count({ where: { userId } }),
    requestsSent: await prisma.collaborationRequest.count({ where: { requesterId: userId } }),
    requestsOnClaims: await prisma.collaborationRequest.count({ where: { claim: { userId } } }),
    links: await prisma.workLink.count({ where: { userId } }),
  };
}

describe("deleteAccount", () => {
  it("deletes the user's rows and leaves everyone else's, keeping moderation records without the moderator", async () => {
    const { bobClaim } = await seed();
    const bobBefore = await counts(bob.id);
    expect(await account.deleteAccount(alice, { confirmEmail: alice.email.toUpperCase(), password: alicePassword })).toEqual({ ok: true, value: undefined });
    expect(await counts(alice.id)).toEqual({ user: 0, accounts: 0, sessions: 0, profile: 0, claims: 0, requestsSent: 0, requestsOnClaims: 0, links: 0 });
    // Bob keeps his profile, claim, link and session; the requests between them went with Alice's claim and with Alice.
    expect(await counts(bob.id)).toEqual({ ...bobBefore, requestsSent: 0, requestsOnClaims: 0 });
    expect(bobBefore).toMatchObject({ user: 1, profile: 1, claims: 1, links: 1, sessions: 1, requestsSent: 1, requestsOnClaims: 1 });
    expect(await database.prisma.claim.count({ where: { id: bobClaim } })).toBe(1);
    expect(await database.prisma.moderationAction.findMany({ select: { moderatorId: true, action: true } })).toEqual([{ moderatorId: null, action: "hide" }]);
  });

  it("refuses without the right email or password and deletes nothing", async () => {
    await seed();
    const before = await counts(alice.id);
    expect(await account.deleteAccount(alice, { confirmEmail: bob.email, password: alicePassword })).toMatchObject({ ok: false, fieldErrors: { confirmEmail: expect.stringContaining(alice.email) } });
    expect(await account.deleteAccount(alice, { confirmEmail: alice.email })).toMatchObject({ ok: false, fieldErrors: { password: "Enter your password" } });
    expect(await account.deleteAccount(alice, { confirmEmail: alice.email, password: "not-her-password" })).toMatchObject({ ok: false, fieldErrors: { password: "That is not your password" } });
    expect(await account.deleteAccount(alice, { confirmEmail: "" })).toMatchObject({ ok: false, fieldErrors: { confirmEmail: expect.any(String) } });
    expect(await counts(alice.id)).toEqual(before);
  });

  it("needs only the email for an account without a password (GitHub sign-in)", async () => {
    await seed();
    expect(await database.prisma.account.count({ where: { userId: bob.id } })).toBe(0);
    expect(await account.deleteAccount(bob, { confirmEmail: bob.email })).toEqual({ ok: true, value: undefined });
    expect((await counts(bob.id)).user).toBe(0);
    expect((await counts(alice.id)).user).toBe(1);
  });
});

describe("exportAccountData", () => {
  it("holds the user's account, profile, claims, requests, links and moderation records", async () => {
    await seed();
    const data = await exporter.exportAccountData(alice.id);
    expect(data).toMatchObject({
      account: { id: alice.id, name: "Alice", email: alice.email, role: "member", signInMethods: [{ method: "credential" }] },
      profile: { contactEmail: "alice-contact@example.org", contactVisibility: "collaborators" },
      claims: [
        {
          problem: { number: "1.1" },
          status: "working",
          note: "Alice's note",
          links: ["https://example.org/Alice"],
          requestsReceived: [{ from: "Bob", status: "accepted" }],
        },
      ],
      requestsSent: [{ message: "Alice's message to Bob", status: "pending", to: "Bob", problem: { number: "1.2" } }],
      workLinks: [{ title: "Alice's paper", url: "https://example.org/alice-paper", problem: { number: "1.2" } }],
      moderationActions: [{ targetType: "link", action: "hide" }],
    });
    expect(data!.sessions).toHaveLength(1);
  });

  it("holds no password hash, no tokens and nothing private of other users", async () => {
    await seed();
    const json = JSON.stringify(await exporter.exportAccountData(alice.id));
    const hash = (await database.prisma.account.findFirstOrThrow({ where: { userId: alice.id } })).password!;
    const tokens = (await database.prisma.session.findMany()).map((session) => session.token);
    expect(json).not.toContain(hash);
    expect(json).not.toMatch(/"(password|token|accessToken|refreshToken|idToken)"/);
    for (const token of tokens) expect(json).not.toContain(token);
    expect(json).not.toContain(alicePassword);
    expect(json).not.toContain("bob-contact@example.org");
    expect(json).not.toContain(bob.email);
    expect(json).not.toContain("Bob's private message to Alice");
    expect(json).not.toContain("Bob's note");
  });

  it("returns null for an unknown user", async () => {
    expect(await exporter.exportAccountData("nobody")).toBeNull();
  });
});
