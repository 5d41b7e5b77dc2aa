import { rmSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// Moderation on a real SQLite file: the log written with each hide, and what owners and others see.
let database: TestDatabase;
let contentDir: string;
let service: typeof import("@/lib/claims/service");
let queries: typeof import("@/lib/claims/queries");

type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let bob: User;
let moderator: { id: string; isAdmin: true; name: string };

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error("fixture content is invalid");
  service = await import("@/lib/claims/service");
  queries = await import("@/lib/claims/queries");
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await database.prisma.moderationAction.deleteMany();
  await database.prisma.collaborationRequest.deleteMany();
  await database.prisma.claim.deleteMany();
  await database.prisma.workLink.deleteMany();
  await database.prisma.user.deleteMany();
  alice = await createUser(database.prisma, "Alice");
  bob = await createUser(database.prisma, "Bob");
  const mod = await createUser(database.prisma, "Moderator Mo");
  moderator = { id: mod.id, isAdmin: true, name: mod.name };
});

async function aliceClaimId() {
  const result = await service.saveClaim(alice, { problemNumber: "1.1", status: "working", note: "Mine", links: [], lookingForCollaborators: "on" });
  if (!result.ok) throw new Error(result.error);
  return result.value.claimId;
}

describe("the moderation log", () => {
  it("records who hid and unhid what, and when, and shows it newest first", async () => {
    const claimId = await aliceClaimId();
    const hiddenAt = new Date("2027-03-03T10:00:00Z");
    const unhiddenAt = new Date("2027-03-04T10:00:00Z");
    expect(await service.setHidden(moderator, { target: "claim", id: claimId, hidden: "1" }, hiddenAt)).toMatchObject({ ok: true });
    expect(await service.setHidden(moderator, { target: "claim", id: claimId, hidden: "0" }, unhiddenAt)).toMatchObject({ ok: true });
    const rows = await database.prisma.moderationAction.findMany({ orderBy: { id: "asc" } });
    expect(rows.map(({ moderatorId, targetType, targetId, action, createdAt }) => ({ moderatorId, targetType, targetId, action, createdAt }))).toEqual([
      { moderatorId: moderator.id, targetType: "claim", targetId: claimId, action: "hide", createdAt: hiddenAt },
      { moderatorId: moderator.id, targetType: "claim", targetId: claimId, action: "unhide", createdAt: unhiddenAt },
    ]);
    expect(await queries.moderationLog()).toMatchObject([
      { action: "unhide", moderatorName: "Moderator Mo", targetType: "claim", targetId: claimId, target: { problemNumber: "1.1", ownerName: "Alice" } },
      { action: "hide", moderatorName: "Moderator Mo", createdAt: hiddenAt },
    ]);
  });

  it("writes nothing when the hide is refused or changes nothing, and keeps the first hide date", async () => {
    const claimId = await aliceClaimId();
    expect(await service.setHidden({ id: bob.id, isAdmin: false }, { target: "claim", id: claimId, hidden: "1" })).toMatchObject({ ok: false });
    expect(await service.setHidden(moderator, { target: "link", id: 99_999, hidden: "1" })).toMatchObject({ ok: false });
    const first = new Date("2027-03-03T10:00:00Z");
    await service.setHidden(moderator, { target: "claim", id: claimId, hidden: "1" }, first);
    expect(await service.setHidden(moderator, { target: "claim", id: claimId, hidden: "1" }, new Date("2027-03-05T10:00:00Z"))).toMatchObject({ ok: true });
    expect((await database.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).hiddenAt).toEqual(first);
    expect(await database.prisma.moderationAction.count()).toBe(1);
  });

  it("hides nothing when the log row cannot be written: both are one transaction", async () => {
    const claimId = await aliceClaimId();
    // A moderator id with no user row breaks the log's foreign key after the claim row was updated.
    await expect(service.setHidden({ id: "no-such-user", isAdmin: true }, { target: "claim", id: claimId, hidden: "1" })).rejects.toThrow();
    expect((await database.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).hiddenAt).toBeNull();
    expect(await database.prisma.moderationAction.count()).toBe(0);
  });

  it("keeps the log when the moderator's account is deleted, without a name", async () => {
    const claimId = await aliceClaimId();
    await service.setHidden(moderator, { target: "claim", id: claimId, hidden: "1" });
    await database.prisma.user.delete({ where: { id: moderator.id } });
    expect(await database.prisma.moderationAction.findFirstOrThrow()).toMatchObject({ moderatorId: null, action: "hide" });
    expect(await queries.moderationLog()).toMatchObject([{ moderatorName: null, target: { ownerName: "Alice" } }]);
  });
});

describe("what the owner of a hidden item sees, and what nobody else sees", () => {
  const hiddenAt = new Date("2027-03-03T10:00:00Z");
  const problemId = async (number: string) => (await database.prisma.problem.findUniqueOrThrow({ where: { number } })).id;

  it("shows the owner their hidden claim with the date, on the problem page and on /me; not to others, nor in counts or the API", async () => {
    const claimId = await aliceClaimId();
    await service.setHidden(moderator, { target: "claim", id: claimId, hidden: "1" }, hiddenAt);
    const id = await problemId("1.1");

    const ownView = await queries.claimsForProblem(id, alice.id);
    expect(ownView).toMatchObject([{ id: claimId, hiddenAt, active: false, note: "Mine" }]);
    expect((await queries.dashboardFor(alice.id)).myClaims).toMatchObject([{ id: claimId, hiddenAt }]);

    expect(await queries.claimsForProblem(id, bob.id)).toEqual([]);
    expect(await queries.claimsForProblem(id, null)).toEqual([]);
    expect(await queries.claimsForProblem(id, moderator.id)).toEqual([]);

    const api = await import("@/app/api/problems/[number]/route");
    const response = await api.GET(new Request("http://test.local/api/problems/1.1"), { params: Promise.resolve({ number: "1.1" }) });
    expect(await response.json()).toMatchObject({ number: "1.1", activeClaims: 0, lookingForCollaborators: false });
    const list = await import("@/app/api/problems/route");
    const body = (await (await list.GET(new Request("http://test.local/api/problems?collaborators=1"))).json()) as { total: number };
    expect(body.total).toBe(0);
  });

  it("tells the owner that saving a hidden claim leaves it hidden", async () => {
    const claimId = await aliceClaimId();
    expect(await service.saveClaim(alice, { problemNumber: "1.1", status: "working", note: "Edited" })).toMatchObject({ ok: true, value: { claimId, hiddenAt: null } });
    await service.setHidden(moderator, { target: "claim", id: claimId, hidden: "1" }, hiddenAt);
    expect(await service.saveClaim(alice, { problemNumber: "1.1", status: "working", note: "Edited again" })).toMatchObject({ ok: true, value: { claimId, hiddenAt } });
  });

  it("shows the sender their hidden request on /me and the problem page, never to the claim's owner, and it makes nobody a collaborator", async () => {
    const claimId = await aliceClaimId();
    const sent = await service.sendCollaborationRequest(bob, { claimId, message: "Let me help" });
    if (!sent.ok) throw new Error(sent.error);
    await service.respondToRequest(alice, { requestId: sent.value.requestId, decision: "accept" });
    await service.setHidden(moderator, { target: "request", id: sent.value.requestId, hidden: "1" }, hiddenAt);

    expect((await queries.dashboardFor(bob.id)).sent).toMatchObject([{ id: sent.value.requestId, hiddenAt, message: "Let me help" }]);
    expect((await queries.dashboardFor(bob.id)).collaborating).toEqual([]);
    expect((await queries.dashboardFor(alice.id)).received).toEqual([]);
    const [bobsView] = await queries.claimsForProblem(await problemId("1.1"), bob.id);
    expect(bobsView).toMatchObject({ viewerRequest: { id: sent.value.requestId, hiddenAt }, collaborators: [] });
    const [alicesView] = await queries.claimsForProblem(await problemId("1.1"), alice.id);
    expect(alicesView).toMatchObject({ viewerRequest: null, collaborators: [] });
  });

  it("shows the author their hidden link on the problem page, and nobody else", async () => {
    const link = await service.addWorkLink(bob, { problemNumber: "1.2", title: "My post", url: "https://example.org/post", kind: "post" });
    if (!link.ok) throw new Error(link.error);
    await service.setHidden(moderator, { target: "link", id: link.value.linkId, hidden: "1" }, hiddenAt);
    const id = await problemId("1.2");
    expect(await queries.workLinksForProblem(id, bob.id)).toMatchObject([{ id: link.value.linkId, hiddenAt, userId: bob.id }]);
    expect(await queries.workLinksForProblem(id, alice.id)).toEqual([]);
    expect(await queries.workLinksForProblem(id)).toEqual([]);
  });
});

describe("deleteWorkLink", () => {
  async function bobsLink() {
    const link = await service.addWorkLink(bob, { problemNumber: "1.2", title: "Bob's paper", url: "https://example.org/paper", kind: "paper" });
    if (!link.ok) throw new Error(link.error);
    return link.value.linkId;
  }

  it("removes a link its author added, for real", async () => {
    const linkId = await bobsLink();
    expect(await service.deleteWorkLink(bob, { linkId: String(linkId) })).toEqual({ ok: true, value: undefined });
    expect(await database.prisma.workLink.count()).toBe(0);
  });

  it("refuses someone else's link, moderators included, and keeps it", async () => {
    const linkId = await bobsLink();
    const refusal = { ok: false, error: "You can only remove links you added yourself." };
    expect(await service.deleteWorkLink(alice, { linkId })).toEqual(refusal);
    expect(await service.deleteWorkLink(moderator, { linkId })).toEqual(refusal);
    expect(await service.deleteWorkLink(bob, { linkId: "x" })).toMatchObject({ ok: false, fieldErrors: { linkId: expect.any(String) } });
    expect(await database.prisma.workLink.count({ where: { id: linkId } })).toBe(1);
  });
});
