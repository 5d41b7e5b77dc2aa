import { rmSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { EMPTY_FILTER } from "@/lib/problems/filter";
import { copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";
import { applyMigrations, createTestDatabase, migrationNames, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// Issue 8: expiry, renewal, lapse, progress notes, outcomes and intent, with an injected clock.
let database: TestDatabase;
let contentDir: string;
let service: typeof import("@/lib/claims/service");
let queries: typeof import("@/lib/claims/queries");
let problems: typeof import("@/lib/problems/queries");
let oneRoute: typeof import("@/app/api/problems/[number]/route");

type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let bob: User;
let carol: User;

const DAY = 86_400_000;
const now = new Date("2026-12-10T09:30:00Z");
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error("fixture content is invalid");
  service = await import("@/lib/claims/service");
  queries = await import("@/lib/claims/queries");
  problems = await import("@/lib/problems/queries");
  oneRoute = await import("@/app/api/problems/[number]/route");
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await database.prisma.claim.deleteMany();
  await database.prisma.user.deleteMany();
  alice = await createUser(database.prisma, "Alice");
  bob = await createUser(database.prisma, "Bob");
  carol = await createUser(database.prisma, "Carol");
});

const claimInput = { problemNumber: "1.1", status: "working", note: "", links: [], lookingForCollaborators: "on" };

async function claim(user: User, overrides: Record<string, unknown> = {}, when = now) {
  const result = await service.saveClaim(user, { ...claimInput, ...overrides }, when);
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.value.claimId;
}

const row = (id: number) => database.prisma.claim.findUniqueOrThrow({ where: { id } });
const problemId = async (number = "1.1") => (await database.prisma.problem.findUniqueOrThrow({ where: { number } })).id;
const activeCount = async (when: Date, number = "1.1") => (await problems.listProblems(EMPTY_FILTER, when)).find((p) => p.number === number)!.activeClaims;
const unclaimed = async (when: Date) => (await problems.listProblems({ ...EMPTY_FILTER, unclaimed: true }, when)).map((p) => p.number);

describe("expiry", () => {
  it("gives a new claim the default expiry: the end of the day 90 days ahead", async () => {
    const id = await claim(alice);
    expect((await row(id)).expiresAt).toEqual(at("2027-03-10T23:59:59.999Z"));
  });

  it("takes a date the owner chose, up to 180 days ahead", async () => {
    const id = await claim(alice, { expiresOn: "2027-06-08" });
    expect((await row(id)).expiresAt).toEqual(at("2027-06-08T23:59:59.999Z"));
    expect(await service.saveClaim(alice, { ...claimInput, expiresOn: "2026-12-11" }, now)).toMatchObject({ ok: true });
  });

  it.each([
    ["a past date", "2026-12-01"],
    ["today", "2026-12-10"],
    ["a date past 180 days", "2027-06-09"],
  ])("refuses %s at the field, naming the range, and writes nothing", async (_name, expiresOn) => {
    const result = await service.saveClaim(alice, { ...claimInput, expiresOn }, now);
    expect(result).toEqual({ ok: false, error: "Check the fields below.", fieldErrors: { expiresOn: "Choose a date between 11 Dec 2026 and 8 Jun 2027" } });
    expect(await database.prisma.claim.count()).toBe(0);
  });

  it.each(["2027-02-30", "next week", "2027-3-1"])("refuses a malformed date %s", async (expiresOn) => {
    const result = await service.saveClaim(alice, { ...claimInput, expiresOn }, now);
    expect(result.ok === false && result.fieldErrors?.expiresOn).toBe("Enter a date such as 2027-03-03");
  });

  it("is active until the last millisecond of its day and lapsed exactly at its expiry, in counts, filters, the page and the API", async () => {
    const id = await claim(alice, { expiresOn: "2027-01-05" });
    const expiry = at("2027-01-05T23:59:59.999Z");
    const before = new Date(expiry.getTime() - 1);
    expect(await activeCount(before)).toBe(1);
    expect(await unclaimed(before)).not.toContain("1.1");
    expect(await activeCount(expiry)).toBe(0);
    expect(await unclaimed(expiry)).toContain("1.1");
    expect((await problems.listProblems({ ...EMPTY_FILTER, collaborators: true }, expiry)).map((p) => p.number)).toEqual([]);
    expect((await problems.getProblem("1.1", expiry))!.activeClaims).toBe(0);

    const [shown] = await queries.claimsForProblem(await problemId(), null, expiry);
    expect(shown).toMatchObject({ id, active: false, lapsed: true, status: "working" });
    const [beforeShown] = await queries.claimsForProblem(await problemId(), null, before);
    expect(beforeShown).toMatchObject({ active: true, lapsed: false });
    // Nothing is deleted.
    expect(await database.prisma.claim.count()).toBe(1);
  });

  it("shows a lapsed claim as lapsed in the API and leaves the problem counted as free", async () => {
    const id = await claim(alice, {}, new Date(Date.now() - 200 * DAY));
    await database.prisma.claim.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await oneRoute.GET(new Request("http://test.local/api/problems/1.1"), { params: Promise.resolve({ number: "1.1" }) });
    const body = await response.json();
    expect(body.activeClaims).toBe(0);
    expect(body.claims).toEqual([expect.objectContaining({ status: "working", active: false, lapsed: true, lookingForCollaborators: false })]);
    expect(body.claims[0].owner).toEqual({ name: "Alice", affiliation: "", contact: null });
  });

  it("does not expire paused, done or withdrawn claims into 'lapsed'", async () => {
    await claim(alice, { status: "paused" });
    await claim(bob, { status: "done" });
    const later = new Date(now.getTime() + 400 * DAY);
    const shown = await queries.claimsForProblem(await problemId(), null, later);
    expect(shown.map((c) => [c.status, c.lapsed, c.active])).toEqual([
      ["paused", false, false],
      ["done", false, false],
    ]);
  });
});

describe("renewClaim", () => {
  it("renews a lapsed claim in one step to the default, making it active again", async () => {
    const id = await claim(alice, { expiresOn: "2027-01-05" });
    const later = at("2027-02-01T12:00:00Z");
    expect(await activeCount(later)).toBe(0);
    expect(await service.renewClaim(alice, { claimId: id }, later)).toEqual({ ok: true, value: { expiresAt: at("2027-05-02T23:59:59.999Z") } });
    expect(await row(id)).toMatchObject({ expiresAt: at("2027-05-02T23:59:59.999Z"), lastUpdateAt: later });
    expect(await activeCount(later)).toBe(1);
  });

  it("renews to a chosen date within 180 days and refuses one outside, naming the range", async () => {
    const id = await claim(alice);
    expect(await service.renewClaim(alice, { claimId: id, expiresOn: "2027-04-01" }, now)).toMatchObject({ ok: true });
    expect((await row(id)).expiresAt).toEqual(at("2027-04-01T23:59:59.999Z"));
    expect(await service.renewClaim(alice, { claimId: id, expiresOn: "2027-12-01" }, now)).toEqual({
      ok: false,
      error: "Check the fields below.",
      fieldErrors: { expiresOn: "Choose a date between 11 Dec 2026 and 8 Jun 2027" },
    });
    expect((await row(id)).expiresAt).toEqual(at("2027-04-01T23:59:59.999Z"));
  });

  it("lets only the owner renew, and only interested or working claims", async () => {
    const id = await claim(alice);
    const before = await row(id);
    expect(await service.renewClaim(bob, { claimId: id }, now)).toEqual({ ok: false, error: "You can only change your own claims." });
    expect(await service.renewClaim(bob, { claimId: "x" }, now)).toMatchObject({ ok: false, fieldErrors: { claimId: expect.any(String) } });
    await service.withdrawClaim(alice, { claimId: id }, now);
    expect(await service.renewClaim(alice, { claimId: id }, now)).toMatchObject({ ok: false, error: expect.stringMatching(/^Only interested or working claims expire/) });
    expect((await row(id)).expiresAt).toEqual(before.expiresAt);
  });
});

describe("the active-claim cap", () => {
  it("refuses an eleventh active claim with a clear message, and counts lapsed ones out", async () => {
    const numbers = (await database.prisma.problem.findMany({ where: { archivedAt: null }, select: { number: true } })).map((p) => p.number);
    const { MAX_ACTIVE_CLAIMS } = await import("@/lib/claims/vocabulary");
    // The fixture has only a few problems: add enough to fill the cap.
    const ids = [];
    for (let index = 0; index < MAX_ACTIVE_CLAIMS; index += 1) {
      const problem = await database.prisma.problem.create({
        data: { number: `9.${index + 1}`, numberMajor: 9, numberMinor: index + 1, title: "T", categorySlug: (await database.prisma.category.findFirstOrThrow()).slug, sourceUrl: "https://example.org", bodyHtml: "", searchText: "", contentHash: "x" },
      });
      ids.push(await claim(alice, { problemNumber: problem.number }));
    }
    const refused = await service.saveClaim(alice, { ...claimInput, problemNumber: numbers[0] }, now);
    expect(refused).toEqual({ ok: false, error: `You already have ${MAX_ACTIVE_CLAIMS} active claims, the most one person can hold. Mark one done, paused or withdrawn first.` });
    // Editing a claim that is already active is not a new one.
    expect(await service.saveClaim(alice, { ...claimInput, problemNumber: "9.1", note: "edit" }, now)).toMatchObject({ ok: true });
    // Paused claims do not count.
    expect(await service.saveClaim(alice, { ...claimInput, problemNumber: numbers[0], status: "paused" }, now)).toMatchObject({ ok: true });
    // Once one lapses, there is room again; renewing the lapsed one then is refused.
    await database.prisma.claim.update({ where: { id: ids[0]! }, data: { expiresAt: new Date(now.getTime() - 1) } });
    expect(await service.saveClaim(alice, { ...claimInput, problemNumber: numbers[0] }, now)).toMatchObject({ ok: true });
    expect(await service.renewClaim(alice, { claimId: ids[0] }, now)).toMatchObject({ ok: false, error: expect.stringMatching(/active claims/) });
    await database.prisma.claim.deleteMany();
    await database.prisma.problem.deleteMany({ where: { numberMajor: 9 } });
  });
});

describe("progress notes", () => {
  async function collaborator(claimId: number, user: User) {
    const sent = await service.sendCollaborationRequest(user, { claimId, message: "hi" }, now);
    if (!sent.ok) throw new Error(sent.error);
    await service.respondToRequest(alice, { requestId: sent.value.requestId, decision: "accept" }, now);
  }

  it("renders Markdown through the sanitising pipeline, links nofollow ugc noopener, scripts and images dropped", async () => {
    const id = await claim(alice);
    const body = "Found **two** heads. See [the notebook](https://example.org/nb) <script>alert(1)</script> ![x](https://tracker.example/p.png) [bad](javascript:alert(1))";
    expect(await service.postProgressNote(alice, { claimId: id, body, links: ["https://github.com/alice/repo", ""] }, now)).toMatchObject({ ok: true });
    const [shown] = await queries.claimsForProblem(await problemId(), null, now);
    const note = shown!.notes[0]!;
    expect(note.bodyHtml).toContain("<strong>two</strong>");
    expect(note.bodyHtml).toContain('<a href="https://example.org/nb" rel="nofollow ugc noopener">the notebook</a>');
    expect(note.bodyHtml).not.toMatch(/<script|<img|javascript:/);
    expect(note).toMatchObject({ authorName: "Alice", body, links: ["https://github.com/alice/repo"], createdAt: now });
  });

  it("renews the claim it is posted on, never shortening a later date the owner chose", async () => {
    const id = await claim(alice, { expiresOn: "2027-01-05" });
    const later = at("2027-02-01T12:00:00Z");
    await service.postProgressNote(alice, { claimId: id, body: "Back on it." }, later);
    expect(await row(id)).toMatchObject({ expiresAt: at("2027-05-02T23:59:59.999Z"), lastUpdateAt: later });
    expect(await activeCount(later)).toBe(1);

    await service.renewClaim(alice, { claimId: id, expiresOn: "2027-07-30" }, later);
    await service.postProgressNote(alice, { claimId: id, body: "More." }, at("2027-02-02T12:00:00Z"));
    expect((await row(id)).expiresAt).toEqual(at("2027-07-30T23:59:59.999Z"));
  });

  it("lets the owner and accepted collaborators post, and nobody else", async () => {
    const id = await claim(alice);
    await collaborator(id, bob);
    const pending = await service.sendCollaborationRequest(carol, { claimId: id, message: "me too" }, now);
    expect(pending.ok).toBe(true);
    const refusal = { ok: false, error: "Only the claim's owner and its collaborators can post progress notes." };
    expect(await service.postProgressNote(carol, { claimId: id, body: "I am not in" }, now)).toEqual(refusal);
    expect(await service.postProgressNote(bob, { claimId: id, body: "Ran the sweep." }, new Date(now.getTime() + 1000))).toMatchObject({ ok: true });
    expect(await service.postProgressNote(alice, { claimId: id, body: "Wrote it up." }, new Date(now.getTime() + 2000))).toMatchObject({ ok: true });
    expect(await service.postProgressNote(alice, { claimId: 99_999, body: "x" }, now)).toEqual(refusal);

    const [asCarol] = await queries.claimsForProblem(await problemId(), carol.id, now);
    expect(asCarol!.notes.map((note) => [note.authorName, note.body])).toEqual([
      ["Alice", "Wrote it up."],
      ["Bob", "Ran the sweep."],
    ]);
    expect(asCarol!.viewerCanPostNote).toBe(false);
    expect((await queries.claimsForProblem(await problemId(), bob.id, now))[0]!.viewerCanPostNote).toBe(true);

    // A collaborator who left can no longer post.
    const request = await database.prisma.collaborationRequest.findFirstOrThrow({ where: { requesterId: bob.id } });
    await service.withdrawRequest(bob, { requestId: request.id }, now);
    expect(await service.postProgressNote(bob, { claimId: id, body: "still here?" }, now)).toEqual(refusal);
  });

  it("refuses empty, over-long and badly linked notes at the field, and notes on withdrawn claims", async () => {
    const id = await claim(alice);
    expect(await service.postProgressNote(alice, { claimId: id, body: "  " }, now)).toMatchObject({ ok: false, fieldErrors: { body: "Write what you did or found" } });
    expect(await service.postProgressNote(alice, { claimId: id, body: "x".repeat(2001) }, now)).toMatchObject({ ok: false, fieldErrors: { body: "At most 2000 characters (this has 2001)" } });
    expect(await service.postProgressNote(alice, { claimId: id, body: "ok", links: ["", "javascript:alert(1)"] }, now)).toMatchObject({ ok: false, fieldErrors: { "links.1": expect.any(String) } });
    await service.withdrawClaim(alice, { claimId: id }, now);
    expect(await service.postProgressNote(alice, { claimId: id, body: "ok" }, now)).toEqual({ ok: false, error: "This claim was withdrawn; it takes no more notes." });
    expect(await database.prisma.claimNote.count()).toBe(0);
  });
});

describe("outcomes and intent", () => {
  it("keeps an outcome on a done claim and lists it under existing work", async () => {
    await claim(alice, { status: "done", outcomeUrl: "https://example.org/post", outcomeSummary: "Found   a trigram\ncircuit." });
    await claim(bob, { status: "working", outcomeUrl: "https://example.org/ignored", outcomeSummary: "not done" });
    const shown = await queries.claimsForProblem(await problemId(), null, now);
    expect(shown.find((c) => c.owner.name === "Alice")!.outcome).toEqual({ url: "https://example.org/post", summary: "Found a trigram circuit." });
    expect(shown.find((c) => c.owner.name === "Bob")!.outcome).toBeNull();
    expect(queries.outcomesOf(shown).map((o) => [o.ownerName, o.summary])).toEqual([["Alice", "Found a trigram circuit."]]);
    // Done is not active: the problem is free again.
    expect(await activeCount(now)).toBe(1);
  });

  it("refuses a bad outcome link and an over-long summary", async () => {
    expect(await service.saveClaim(alice, { ...claimInput, status: "done", outcomeUrl: "javascript:alert(1)" }, now)).toMatchObject({ ok: false, fieldErrors: { outcomeUrl: expect.any(String) } });
    expect(await service.saveClaim(alice, { ...claimInput, status: "done", outcomeSummary: "s".repeat(201) }, now)).toMatchObject({ ok: false, fieldErrors: { outcomeSummary: expect.stringMatching(/^One line of at most 200/) } });
  });

  it("records purpose and AI involvement, blank as not said, and refuses unknown values", async () => {
    const id = await claim(alice, { purpose: "replicating", aiInvolvement: "assistant" });
    expect(await row(id)).toMatchObject({ purpose: "replicating", aiInvolvement: "assistant" });
    await claim(alice, { purpose: "", aiInvolvement: "" });
    expect(await row(id)).toMatchObject({ purpose: null, aiInvolvement: null });
    expect(await service.saveClaim(alice, { ...claimInput, purpose: "fame" }, now)).toMatchObject({ ok: false, fieldErrors: { purpose: expect.any(String) } });
    expect(await service.saveClaim(alice, { ...claimInput, aiInvolvement: "all" }, now)).toMatchObject({ ok: false, fieldErrors: { aiInvolvement: expect.any(String) } });
  });
});

describe("catalogue rows", () => {
  it("count working, interested and done claims with the one definition of active, lapsed ones out", async () => {
    await claim(alice, { status: "working" });
    await claim(bob, { status: "interested", lookingForCollaborators: "" });
    await claim(carol, { status: "done", outcomeSummary: "Done it." });
    const lapsedUser = await createUser(database.prisma, "Dan");
    const lapsed = await claim(lapsedUser, { status: "working" });
    await database.prisma.claim.update({ where: { id: lapsed }, data: { expiresAt: new Date(now.getTime() - 1) } });
    const row = (await problems.listProblems(EMPTY_FILTER, now)).find((p) => p.number === "1.1")!;
    expect(row).toMatchObject({ activeClaims: 2, workingClaims: 1, interestedClaims: 1, doneClaims: 1, lookingForCollaborators: true });
    expect(await problems.getProblem("1.1", now)).toMatchObject({ activeClaims: 2, workingClaims: 1, interestedClaims: 1, doneClaims: 1 });
  });
});

describe("/me", () => {
  it("lists claims lapsing within 14 days (and lapsed ones) first, soonest first", async () => {
    const soon = await claim(alice, { expiresOn: "2026-12-20" });
    const lapsed = await claim(alice, { problemNumber: "1.2" });
    await database.prisma.claim.update({ where: { id: lapsed }, data: { expiresAt: new Date(now.getTime() - DAY) } });
    const later = await claim(alice, { problemNumber: "1.10", expiresOn: "2026-12-25" });
    await claim(alice, { problemNumber: "2.1", status: "done" });
    const dashboard = await queries.dashboardFor(alice.id, now);
    expect(dashboard.expiringSoon.map((c) => c.id)).toEqual([lapsed, soon]);
    expect(dashboard.myClaims.map((c) => c.problem.number).sort()).toEqual(["1.10", "2.1"]);
    expect(dashboard.myClaims.find((c) => c.id === later)!.active).toBe(true);
  });
});

describe("migration 20261210120000_living_claims", () => {
  it("gives every existing claim an expiry 90 days after its last update, so none changes between active and not", async () => {
    const name = "20261210120000_living_claims";
    const old = createTestDatabase({ migrationsBefore: name });
    try {
      const stamp = "'2026-11-30T10:00:00.000+00:00'";
      old.executeSql(`
        INSERT INTO "Category" ("slug", "position", "title", "summary", "sourceUrl", "bodyHtml", "contentHash", "createdAt", "updatedAt") VALUES ('toy', 1, 'Toy', 'S', 'https://example.org', '', 'x', ${stamp}, ${stamp});
        INSERT INTO "Problem" ("id", "number", "numberMajor", "numberMinor", "title", "categorySlug", "sourceUrl", "bodyHtml", "searchText", "contentHash", "createdAt", "updatedAt") VALUES (1, '1.1', 1, 1, 'T', 'toy', 'https://example.org', '', '', 'x', ${stamp}, ${stamp});
        INSERT INTO "user" ("id", "name", "email", "updatedAt") VALUES ('u1', 'Ada', 'ada@example.org', ${stamp});
        INSERT INTO "Claim" ("problemId", "userId", "status", "note", "lastUpdateAt") VALUES (1, 'u1', 'working', 'kept', '2026-09-01T08:15:00.000+00:00');`);
      applyMigrations(old, migrationNames().filter((migration) => migration >= name));
      const [migrated] = await old.prisma.claim.findMany();
      expect(migrated).toMatchObject({ note: "kept", status: "working", lastUpdateAt: at("2026-09-01T08:15:00Z"), expiresAt: at("2026-11-30T08:15:00Z"), purpose: null, outcomeUrl: "" });
      // Stored in the adapter's own format, so the database compares it correctly with the clock.
      expect(await old.prisma.claim.count({ where: { expiresAt: { gt: at("2026-11-30T08:14:59.999Z") } } })).toBe(1);
      expect(await old.prisma.claim.count({ where: { expiresAt: { gt: at("2026-11-30T08:15:00Z") } } })).toBe(0);
    } finally {
      await old.cleanup();
    }
  });
});
