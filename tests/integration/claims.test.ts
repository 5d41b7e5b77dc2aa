import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { EMPTY_FILTER } from "@/lib/problems/filter";
import { copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// lib/ modules use the app's database module, which reads DATABASE_URL on first import.
let database: TestDatabase;
let contentDir: string;
let service: typeof import("@/lib/claims/service");
let queries: typeof import("@/lib/claims/queries");
let problems: typeof import("@/lib/problems/queries");
let profiles: typeof import("@/lib/profile/profile");

type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let bob: User;
let carol: User;
const admin = { id: "", isAdmin: true };

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error("fixture content is invalid");
  service = await import("@/lib/claims/service");
  queries = await import("@/lib/claims/queries");
  problems = await import("@/lib/problems/queries");
  profiles = await import("@/lib/profile/profile");
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await database.prisma.collaborationRequest.deleteMany();
  await database.prisma.claim.deleteMany();
  await database.prisma.workLink.deleteMany();
  await database.prisma.profile.deleteMany();
  await database.prisma.user.deleteMany();
  alice = await createUser(database.prisma, "Alice", { contactEmail: "alice@example.org", contactVisibility: "collaborators" });
  bob = await createUser(database.prisma, "Bob", { contactEmail: "bob@example.org", contactVisibility: "collaborators" });
  carol = await createUser(database.prisma, "Carol");
  admin.id = (await createUser(database.prisma, "Admin")).id;
});

const claimInput = { problemNumber: "1.1", status: "working", note: "Starting with max-activating examples.", links: ["https://github.com/alice/neuron"], lookingForCollaborators: "on" };

async function claimRows() {
  return database.prisma.claim.findMany({ orderBy: { id: "asc" } });
}

async function aliceClaimId(overrides: Record<string, unknown> = {}) {
  const result = await service.saveClaim(alice, { ...claimInput, ...overrides });
  if (!result.ok) throw new Error(result.error);
  return result.value.claimId;
}

describe("saveClaim", () => {
  it("records a claim with status, note, links, the collaborators switch and its dates", async () => {
    const now = new Date("2026-11-01T10:00:00Z");
    const result = await service.saveClaim(alice, claimInput, now);
    expect(result).toMatchObject({ ok: true, value: { created: true } });
    const [row] = await claimRows();
    expect(row).toMatchObject({ userId: alice.id, status: "working", note: claimInput.note, lookingForCollaborators: true, startedAt: now, lastUpdateAt: now });
    expect(JSON.parse(row!.linksJson)).toEqual(["https://github.com/alice/neuron"]);
  });

  it("updates the same row on edit, keeping the start date and moving the last update", async () => {
    const started = new Date("2026-10-01T10:00:00Z");
    const edited = new Date("2026-11-01T10:00:00Z");
    await service.saveClaim(alice, claimInput, started);
    const result = await service.saveClaim(alice, { ...claimInput, status: "paused", note: "On holiday", lookingForCollaborators: "" }, edited);
    expect(result).toMatchObject({ ok: true, value: { created: false } });
    const rows = await claimRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "paused", note: "On holiday", lookingForCollaborators: false, startedAt: started, lastUpdateAt: edited });
  });

  it.each([
    ["an over-long note", { note: "x".repeat(1001) }, "note"],
    ["a javascript: link", { links: ["javascript:alert(1)"] }, "links.0"],
    ["a data: link", { links: ["data:text/html,<script>alert(1)</script>"] }, "links.0"],
    ["too many links", { links: Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`) }, "links"],
    ["an unknown status", { status: "abandoned" }, "status"],
    ["a malformed problem number", { problemNumber: "1.1; DROP TABLE" }, "problemNumber"],
  ])("refuses %s and writes nothing", async (_name, override, field) => {
    const result = await service.saveClaim(alice, { ...claimInput, ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.[field]).toBeTruthy();
    expect(await claimRows()).toEqual([]);
  });

  it("refuses an unknown problem", async () => {
    expect(await service.saveClaim(alice, { ...claimInput, problemNumber: "9.99" })).toEqual({ ok: false, error: "There is no problem 9.99." });
  });

  it("keeps one row when the same user submits twice at once", async () => {
    const results = await Promise.all([service.saveClaim(alice, claimInput), service.saveClaim(alice, { ...claimInput, note: "second" })]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await claimRows()).toHaveLength(1);
  });

  it("lets two users claim the same problem at once", async () => {
    const results = await Promise.all([service.saveClaim(alice, claimInput), service.saveClaim(bob, claimInput)]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect((await claimRows()).map((row) => row.userId).sort()).toEqual([alice.id, bob.id].sort());
  });

  it("is one claim per user per problem in the database itself", async () => {
    const problem = await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.1" } });
    const expiresAt = new Date("2027-03-01T00:00:00Z");
    await database.prisma.claim.create({ data: { problemId: problem.id, userId: alice.id, status: "working", expiresAt } });
    await expect(database.prisma.claim.create({ data: { problemId: problem.id, userId: alice.id, status: "interested", expiresAt } })).rejects.toThrow(/Unique constraint/);
  });
});

describe("withdrawClaim", () => {
  it("withdraws the owner's claim, keeps it as history and declines its open requests", async () => {
    const claimId = await aliceClaimId();
    await service.sendCollaborationRequest(bob, { claimId, message: "I can help" });
    expect(await service.withdrawClaim(alice, { claimId })).toEqual({ ok: true, value: undefined });
    expect(await database.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ status: "withdrawn", lookingForCollaborators: false });
    expect((await database.prisma.collaborationRequest.findFirstOrThrow()).status).toBe("declined");
    const shown = await queries.claimsForProblem((await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.1" } })).id, null);
    expect(shown.map((claim) => [claim.status, claim.active])).toEqual([["withdrawn", false]]);
  });

  it("refuses another user's claim id and changes nothing", async () => {
    const claimId = await aliceClaimId();
    const before = await claimRows();
    expect(await service.withdrawClaim(bob, { claimId })).toEqual({ ok: false, error: "You can only change your own claims." });
    expect(await service.withdrawClaim(bob, { claimId: "not-a-number" })).toMatchObject({ ok: false });
    expect(await claimRows()).toEqual(before);
  });

  it("restarts the start date when the owner claims again after withdrawing", async () => {
    const claimId = await aliceClaimId();
    await service.withdrawClaim(alice, { claimId });
    const later = new Date(Date.now() + 60_000);
    await service.saveClaim(alice, claimInput, later);
    expect(await database.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ status: "working", startedAt: later });
  });
});

describe("collaboration requests", () => {
  it("lets another user ask, the owner accept, and both see each other as collaborators with contacts", async () => {
    const claimId = await aliceClaimId();
    const sent = await service.sendCollaborationRequest(bob, { claimId, message: "I know TransformerLens well." });
    if (!sent.ok) throw new Error(sent.error);
    expect(await service.respondToRequest(alice, { requestId: sent.value.requestId, decision: "accept" })).toMatchObject({ ok: true });

    const problemId = (await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.1" } })).id;
    const [asAlice] = await queries.claimsForProblem(problemId, alice.id);
    expect(asAlice!.collaborators.map((person) => [person.name, person.contact?.email])).toEqual([["Bob", "bob@example.org"]]);
    const [asBob] = await queries.claimsForProblem(problemId, bob.id);
    expect(asBob!.owner.contact?.email).toBe("alice@example.org");
    const [asCarol] = await queries.claimsForProblem(problemId, carol.id);
    expect(asCarol!.owner.contact).toBeNull();
    expect(asCarol!.collaborators[0]!.contact).toBeNull();
    const [anonymous] = await queries.claimsForProblem(problemId, null);
    expect(anonymous!.owner.contact).toBeNull();

    const aliceDashboard = await queries.dashboardFor(alice.id);
    expect(aliceDashboard.received.map((request) => [request.requester.name, request.status])).toEqual([["Bob", "accepted"]]);
    const bobDashboard = await queries.dashboardFor(bob.id);
    expect(bobDashboard.collaborating.map((claim) => claim.owner.name)).toEqual(["Alice"]);
    expect(bobDashboard.sent.map((request) => request.status)).toEqual(["accepted"]);
  });

  it("shows contact details to everyone when public and to nobody else when hidden", async () => {
    await database.prisma.profile.update({ where: { userId: alice.id }, data: { contactVisibility: "public" } });
    const claimId = await aliceClaimId();
    const problemId = (await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.1" } })).id;
    expect((await queries.claimsForProblem(problemId, null))[0]!.owner.contact?.email).toBe("alice@example.org");
    await database.prisma.profile.update({ where: { userId: alice.id }, data: { contactVisibility: "hidden" } });
    const sent = await service.sendCollaborationRequest(bob, { claimId, message: "hi" });
    if (sent.ok) await service.respondToRequest(alice, { requestId: sent.value.requestId, decision: "accept" });
    expect((await queries.claimsForProblem(problemId, bob.id))[0]!.owner.contact).toBeNull();
    expect((await queries.claimsForProblem(problemId, alice.id))[0]!.owner.contact?.email).toBe("alice@example.org");
  });

  it.each([
    ["an empty message", { message: "  " }, "message"],
    ["an over-long message", { message: "x".repeat(1001) }, "message"],
  ])("refuses %s", async (_name, override, field) => {
    const claimId = await aliceClaimId();
    const result = await service.sendCollaborationRequest(bob, { claimId, ...override });
    expect(result.ok === false && result.fieldErrors?.[field]).toBeTruthy();
    expect(await database.prisma.collaborationRequest.count()).toBe(0);
  });

  it("refuses requests on claims not looking for collaborators, on one's own claim, lapsed claims and twice", async () => {
    const notLooking = await aliceClaimId({ lookingForCollaborators: "" });
    expect(await service.sendCollaborationRequest(bob, { claimId: notLooking, message: "hi" })).toEqual({ ok: false, error: "This claim is not looking for collaborators." });

    const looking = await aliceClaimId();
    expect(await service.sendCollaborationRequest(alice, { claimId: looking, message: "hi" })).toEqual({ ok: false, error: "This is your own claim." });
    expect((await service.sendCollaborationRequest(bob, { claimId: looking, message: "hi" })).ok).toBe(true);
    expect(await service.sendCollaborationRequest(bob, { claimId: looking, message: "again" })).toEqual({ ok: false, error: "You have already asked; wait for an answer." });
    expect(await database.prisma.collaborationRequest.count()).toBe(1);

    await database.prisma.claim.update({ where: { id: looking }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await service.sendCollaborationRequest(carol, { claimId: looking, message: "hi" })).toEqual({ ok: false, error: "This claim is not looking for collaborators." });
  });

  it("refuses answering a request on someone else's claim, and answering twice", async () => {
    const claimId = await aliceClaimId();
    const sent = await service.sendCollaborationRequest(bob, { claimId, message: "hi" });
    if (!sent.ok) throw new Error(sent.error);
    const requestId = sent.value.requestId;
    expect(await service.respondToRequest(carol, { requestId, decision: "accept" })).toEqual({ ok: false, error: "You can only answer requests on your own claims." });
    expect(await service.respondToRequest(bob, { requestId, decision: "accept" })).toEqual({ ok: false, error: "You can only answer requests on your own claims." });
    expect((await database.prisma.collaborationRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("pending");
    expect(await service.respondToRequest(alice, { requestId, decision: "maybe" })).toMatchObject({ ok: false });
    expect(await service.respondToRequest(alice, { requestId, decision: "decline" })).toMatchObject({ ok: true });
    expect(await service.respondToRequest(alice, { requestId, decision: "accept" })).toEqual({ ok: false, error: "This request has already been answered." });
    expect(await service.sendCollaborationRequest(bob, { claimId, message: "please" })).toEqual({ ok: false, error: "The owner declined your earlier request." });
  });

  it("lets only the requester withdraw a request", async () => {
    const claimId = await aliceClaimId();
    const sent = await service.sendCollaborationRequest(bob, { claimId, message: "hi" });
    if (!sent.ok) throw new Error(sent.error);
    expect(await service.withdrawRequest(alice, { requestId: sent.value.requestId })).toEqual({ ok: false, error: "You can only withdraw your own requests." });
    expect(await service.withdrawRequest(bob, { requestId: sent.value.requestId })).toMatchObject({ ok: true });
    expect((await database.prisma.collaborationRequest.findFirstOrThrow()).status).toBe("withdrawn");
  });
});

describe("work links", () => {
  it("adds a link to existing work and lists it on the problem", async () => {
    const result = await service.addWorkLink(carol, { problemNumber: "1.2", title: "Trigram neurons write-up", url: "https://example.org/post", kind: "post" });
    expect(result.ok).toBe(true);
    const problemId = (await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.2" } })).id;
    expect((await queries.workLinksForProblem(problemId)).map((link) => [link.title, link.kind, link.user.name])).toEqual([["Trigram neurons write-up", "post", "Carol"]]);
  });

  it.each([
    ["a javascript: URL", { url: "javascript:alert(document.cookie)" }, "url"],
    ["a relative URL", { url: "/problems/1.1" }, "url"],
    ["an over-long title", { title: "t".repeat(201) }, "title"],
    ["an unknown kind", { kind: "video" }, "kind"],
  ])("refuses %s", async (_name, override, field) => {
    const result = await service.addWorkLink(carol, { problemNumber: "1.2", title: "T", url: "https://example.org", kind: "paper", ...override });
    expect(result.ok === false && result.fieldErrors?.[field]).toBeTruthy();
    expect(await database.prisma.workLink.count()).toBe(0);
  });
});

describe("moderation", () => {
  it("refuses non-moderators", async () => {
    const claimId = await aliceClaimId();
    expect(await service.setHidden(bob, { target: "claim", id: claimId, hidden: "1" })).toEqual({ ok: false, error: "Only moderators can hide items." });
    expect((await database.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).hiddenAt).toBeNull();
  });

  it("hides a claim from the problem page, counts and filters, keeping the row", async () => {
    const claimId = await aliceClaimId();
    const problemId = (await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.1" } })).id;
    expect((await problems.listProblems({ ...EMPTY_FILTER, collaborators: true })).map((p) => p.number)).toEqual(["1.1"]);
    expect(await service.setHidden(admin, { target: "claim", id: claimId, hidden: "1" })).toMatchObject({ ok: true });
    expect(await queries.claimsForProblem(problemId, null)).toEqual([]);
    expect((await problems.listProblems(EMPTY_FILTER)).find((p) => p.number === "1.1")!.activeClaims).toBe(0);
    expect(await problems.listProblems({ ...EMPTY_FILTER, collaborators: true })).toEqual([]);
    expect(await database.prisma.claim.count()).toBe(1);
  });

  it("hides links and requests", async () => {
    const link = await service.addWorkLink(carol, { problemNumber: "1.2", title: "Spam", url: "https://spam.example", kind: "other" });
    const claimId = await aliceClaimId();
    const request = await service.sendCollaborationRequest(bob, { claimId, message: "buy things" });
    if (!link.ok || !request.ok) throw new Error("setup failed");
    expect(await service.setHidden(admin, { target: "link", id: link.value.linkId, hidden: "1" })).toMatchObject({ ok: true });
    expect(await service.setHidden(admin, { target: "request", id: request.value.requestId, hidden: "1" })).toMatchObject({ ok: true });
    const problemId = (await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.2" } })).id;
    expect(await queries.workLinksForProblem(problemId)).toEqual([]);
    expect((await queries.dashboardFor(alice.id)).received).toEqual([]);
    expect(await service.setHidden(admin, { target: "link", id: 99_999, hidden: "1" })).toEqual({ ok: false, error: "There is no link 99999." });
  });
});

describe("activity, filters and re-ingest", () => {
  it("counts only interested/working claims before their expiry as active and marks expired ones lapsed", async () => {
    const now = new Date();
    await aliceClaimId();
    await service.saveClaim(bob, { ...claimInput, lookingForCollaborators: "" }, new Date(now.getTime() - 91 * 86_400_000));
    await service.saveClaim(carol, { ...claimInput, problemNumber: "1.2", status: "paused" });
    const rows = await problems.listProblems(EMPTY_FILTER, now);
    expect(rows.map((row) => [row.number, row.activeClaims, row.lookingForCollaborators])).toEqual([
      ["1.1", 1, true],
      ["1.2", 0, false],
      ["1.10", 0, false],
      ["2.1", 0, false],
    ]);
    expect((await problems.listProblems({ ...EMPTY_FILTER, unclaimed: true }, now)).map((row) => row.number)).toEqual(["1.2", "1.10", "2.1"]);
    const problemId = (await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.1" } })).id;
    const shown = await queries.claimsForProblem(problemId, null, now);
    expect(shown.map((claim) => [claim.owner.name, claim.active, claim.lapsed])).toEqual([
      ["Alice", true, false],
      ["Bob", false, true],
    ]);
  });

  it("keeps claims, requests and links attached through re-ingest, archiving and restoring", async () => {
    const claimId = await aliceClaimId({ problemNumber: "2.1" });
    await service.sendCollaborationRequest(bob, { claimId, message: "hi" });
    await service.addWorkLink(carol, { problemNumber: "2.1", title: "Paper", url: "https://example.org/paper", kind: "paper" });
    const problem = await database.prisma.problem.findUniqueOrThrow({ where: { number: "2.1" } });
    const file = path.join(contentDir, "problems", "2.1.md");
    const { readFileSync, writeFileSync } = await import("node:fs");
    const text = readFileSync(file, "utf8");

    rmSync(file);
    expect(await ingestContent(database.prisma, contentDir)).toMatchObject({ ok: true, problems: { archived: 1 } });
    expect(await service.saveClaim(carol, { ...claimInput, problemNumber: "2.1" })).toEqual({ ok: false, error: "Problem 2.1 is archived and takes no new claims or links." });
    writeFileSync(file, text);
    expect(await ingestContent(database.prisma, contentDir)).toMatchObject({ ok: true, problems: { updated: 1 } });

    expect(await database.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ problemId: problem.id });
    expect(await database.prisma.collaborationRequest.count({ where: { claimId } })).toBe(1);
    expect(await database.prisma.workLink.count({ where: { problemId: problem.id } })).toBe(1);
  });
});

describe("saveProfile", () => {
  it("saves the display name and profile", async () => {
    const input = { name: "Alice L.", affiliation: "Uni", bio: "Bio", skills: "PyTorch", contactEmail: "a@example.org", discord: "alice_l", website: "https://alice.example", contactVisibility: "public" };
    expect(await profiles.saveProfile(alice, input)).toMatchObject({ ok: true });
    expect(await profiles.getProfile(alice.id)).toEqual(input);
  });

  it.each([
    ["a javascript: website", { website: "javascript:alert(1)" }, "website"],
    ["an over-long bio", { bio: "b".repeat(1001) }, "bio"],
    ["an unknown visibility", { contactVisibility: "friends" }, "contactVisibility"],
    ["an empty name", { name: " " }, "name"],
  ])("refuses %s and changes nothing", async (_name, override, field) => {
    const before = await profiles.getProfile(alice.id);
    const result = await profiles.saveProfile(alice, { ...before, ...override });
    expect(result.ok === false && result.fieldErrors?.[field]).toBeTruthy();
    expect(await profiles.getProfile(alice.id)).toEqual(before);
  });
});
