import { rmSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { mayReportDifficulty } from "@/lib/community-difficulty/eligibility";
import { summariseReports } from "@/lib/community-difficulty/summary";
import { communityDifficultyOf, describeCommunityDifficulty } from "@/lib/community-difficulty/vocabulary";
import { ingestContent } from "@/lib/ingest/ingest";
import { EMPTY_FILTER, type DifficultyFilterValue, type ProblemFilter, type RatingSource } from "@/lib/problems/filter-model";
import { copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// Community difficulty: who may report (the one rule), one report per user, the summary and its
// denormalised columns, the catalogue filter and facets under each rating source, the API, and
// the form action's refusals. The clock is injected, as in living-claims.test.ts.
// The fixture problems: 1.1 rated B-C, 1.2 A, 1.10 unrated, 2.1 C.

// perform() reads the acting user from the session; here the test says who is signed in.
const session = vi.hoisted(() => ({ user: null as { id: string; name: string; email: string; isAdmin: boolean } | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let database: TestDatabase;
let contentDir: string;
let reports: typeof import("@/lib/community-difficulty/service");
let actions: typeof import("@/lib/community-difficulty/actions");
let claims: typeof import("@/lib/claims/service");
let account: typeof import("@/lib/account/service");
let exporter: typeof import("@/lib/account/export");
let problems: typeof import("@/lib/problems/queries");
let facets: typeof import("@/lib/problems/facets");
let listRoute: typeof import("@/app/api/problems/route");
let oneRoute: typeof import("@/app/api/problems/[number]/route");

type User = Awaited<ReturnType<typeof createUser>>;
let alice: User;
let bob: User;
let carol: User;
const moderator = { id: "", isAdmin: true };

const DAY = 86_400_000;
const now = new Date("2026-12-22T09:30:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error("fixture content is invalid");
  reports = await import("@/lib/community-difficulty/service");
  actions = await import("@/lib/community-difficulty/actions");
  claims = await import("@/lib/claims/service");
  account = await import("@/lib/account/service");
  exporter = await import("@/lib/account/export");
  problems = await import("@/lib/problems/queries");
  facets = await import("@/lib/problems/facets");
  listRoute = await import("@/app/api/problems/route");
  oneRoute = await import("@/app/api/problems/[number]/route");
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await database.prisma.difficultyReport.deleteMany();
  await database.prisma.moderationAction.deleteMany();
  await database.prisma.claim.deleteMany();
  await database.prisma.user.deleteMany();
  await database.prisma.problem.updateMany({ data: { communityReports: 0, communityLevel: null, communityDuration: null } });
  alice = await createUser(database.prisma, "Alice");
  bob = await createUser(database.prisma, "Bob");
  carol = await createUser(database.prisma, "Carol");
  moderator.id = (await createUser(database.prisma, "Moderator")).id;
  session.user = null;
});

/** A claim saved through the service on the given day (startedAt is that day). */
async function claim(user: User, number: string, status: string, startedAt = now) {
  const result = await claims.saveClaim(user, { problemNumber: number, status }, startedAt);
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.value.claimId;
}

const report = (user: User, number: string, level: string, duration: string, when = now) => reports.saveDifficultyReport(user, { problemNumber: number, level, duration }, when);

async function reportOrThrow(user: User, number: string, level: string, duration: string) {
  const result = await report(user, number, level, duration);
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
}

const columns = (number: string) =>
  database.prisma.problem.findUniqueOrThrow({ where: { number }, select: { communityReports: true, communityLevel: true, communityDuration: true } });

const listed = async (filter: Partial<ProblemFilter>) => (await problems.listProblems({ ...EMPTY_FILTER, ...filter }, now)).map((problem) => problem.number);

describe("who may report (mayReportDifficulty)", () => {
  it("lets the owner of a done claim report at once", async () => {
    await claim(alice, "1.1", "done");
    expect(await report(alice, "1.1", "B", "2-4-weeks")).toEqual({ ok: true, value: { created: true } });
  });

  it("refuses a working claim 13 days old and accepts it at 14 days", async () => {
    await claim(alice, "1.1", "working", daysAgo(14));
    await claim(bob, "1.1", "working", daysAgo(13));
    expect(await report(alice, "1.1", "B", "2-4-weeks")).toMatchObject({ ok: true });
    const refused = await report(bob, "1.1", "B", "2-4-weeks");
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("at least 14 days") });
    expect(refused).not.toHaveProperty("fieldErrors");
    // The same claim, a day later: now it has run 14 days.
    expect(await report(bob, "1.1", "B", "2-4-weeks", new Date(now.getTime() + DAY))).toMatchObject({ ok: true });
  });

  it("refuses a claim a moderator hid", async () => {
    const id = await claim(alice, "1.1", "done");
    expect(await claims.setHidden(moderator, { target: "claim", id, hidden: "1" }, now)).toMatchObject({ ok: true });
    expect(await report(alice, "1.1", "B", "2-4-weeks")).toMatchObject({ ok: false, error: expect.stringContaining("hid your claim") });
  });

  it("refuses someone with no claim on the problem, saying so", async () => {
    expect(await report(alice, "1.1", "B", "2-4-weeks")).toEqual({ ok: false, error: expect.stringContaining("You have no claim on problem 1.1") });
    expect(await database.prisma.difficultyReport.count()).toBe(0);
  });

  it("does not let another user's claim count", async () => {
    await claim(alice, "1.1", "done");
    await claim(bob, "1.2", "done");
    expect(await report(bob, "1.1", "B", "2-4-weeks")).toMatchObject({ ok: false, error: expect.stringContaining("no claim") });
  });

  it("is the same rule in memory: done, or started 14 days ago, never hidden, never without a claim", () => {
    expect(mayReportDifficulty({ status: "done", startedAt: now, hiddenAt: null }, now)).toBe(true);
    expect(mayReportDifficulty({ status: "working", startedAt: daysAgo(14), hiddenAt: null }, now)).toBe(true);
    expect(mayReportDifficulty({ status: "working", startedAt: new Date(daysAgo(14).getTime() + 1), hiddenAt: null }, now)).toBe(false);
    expect(mayReportDifficulty({ status: "done", startedAt: daysAgo(30), hiddenAt: now }, now)).toBe(false);
    expect(mayReportDifficulty(null, now)).toBe(false);
    expect(mayReportDifficulty(undefined, now)).toBe(false);
  });
});

describe("reports and their summary", () => {
  it("keeps one report per user per problem: sending again replaces it", async () => {
    await claim(alice, "1.1", "done");
    await reportOrThrow(alice, "1.1", "B", "2-4-weeks");
    expect(await report(alice, "1.1", "D", "over-3-months")).toEqual({ ok: true, value: { created: false } });
    expect(await database.prisma.difficultyReport.findMany({ select: { userId: true, level: true, duration: true } })).toEqual([
      { userId: alice.id, level: 4, duration: "over-3-months" },
    ]);
    expect(await columns("1.1")).toEqual({ communityReports: 1, communityLevel: 4, communityDuration: "over-3-months" });
  });

  it("says the most reported letter, a tie going to the easier one, and the median duration", () => {
    expect(summariseReports([])).toEqual({ communityReports: 0, communityLevel: null, communityDuration: null });
    const mostlyB = summariseReports([
      { level: 2, duration: "1-2-weeks" },
      { level: 2, duration: "2-4-weeks" },
      { level: 3, duration: "1-3-months" },
    ]);
    expect(mostlyB).toEqual({ communityReports: 3, communityLevel: 2, communityDuration: "2-4-weeks" });
    expect(describeCommunityDifficulty(communityDifficultyOf(mostlyB)!)).toBe("Worked on by 3: mostly B, 2–4 weeks");
    // B and C tied: B. Durations 1–2 weeks and 1–3 months: the shorter middle one.
    expect(summariseReports([{ level: 3, duration: "1-3-months" }, { level: 2, duration: "1-2-weeks" }])).toMatchObject({ communityLevel: 2, communityDuration: "1-2-weeks" });
    expect(summariseReports([{ level: 4, duration: "under-1-week" }, { level: 1, duration: "over-3-months" }, { level: 4, duration: "2-4-weeks" }, { level: 1, duration: "2-4-weeks" }])).toMatchObject({
      communityLevel: 1,
      communityDuration: "2-4-weeks",
    });
  });

  it("keeps the problem's columns in step with every write, hide and account deletion", async () => {
    expect(await columns("1.1")).toEqual({ communityReports: 0, communityLevel: null, communityDuration: null });
    const aliceClaim = await claim(alice, "1.1", "done");
    await claim(bob, "1.1", "done");
    await claim(carol, "1.1", "working", daysAgo(20));
    await reportOrThrow(alice, "1.1", "C", "1-3-months");
    expect(await columns("1.1")).toEqual({ communityReports: 1, communityLevel: 3, communityDuration: "1-3-months" });
    await reportOrThrow(bob, "1.1", "B", "2-4-weeks");
    // A tie between B and C: B.
    expect(await columns("1.1")).toEqual({ communityReports: 2, communityLevel: 2, communityDuration: "2-4-weeks" });
    await reportOrThrow(carol, "1.1", "C", "over-3-months");
    expect(await columns("1.1")).toEqual({ communityReports: 3, communityLevel: 3, communityDuration: "1-3-months" });
    // A moderator hides Alice's claim: her report stops counting, and counts again when unhidden.
    await claims.setHidden(moderator, { target: "claim", id: aliceClaim, hidden: "1" }, now);
    expect(await columns("1.1")).toEqual({ communityReports: 2, communityLevel: 2, communityDuration: "2-4-weeks" });
    await claims.setHidden(moderator, { target: "claim", id: aliceClaim, hidden: "" }, now);
    expect(await columns("1.1")).toEqual({ communityReports: 3, communityLevel: 3, communityDuration: "1-3-months" });
    // Carol deletes her account: her report goes with it (cascade) and the summary is redone.
    expect(await account.deleteAccount(carol, { confirmEmail: carol.email })).toEqual({ ok: true, value: undefined });
    expect(await database.prisma.difficultyReport.count({ where: { userId: carol.id } })).toBe(0);
    expect(await columns("1.1")).toEqual({ communityReports: 2, communityLevel: 2, communityDuration: "2-4-weeks" });
  });

  it("survives an ingest that rewrites the problem's row", async () => {
    await claim(alice, "1.10", "done");
    await reportOrThrow(alice, "1.10", "B", "2-4-weeks");
    const file = path.join(contentDir, "problems", "1.10.md");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace(/\n---\n/, "\n---\n\nA sentence added since.\n"));
    try {
      const result = await ingestContent(database.prisma, contentDir);
      expect(result).toMatchObject({ ok: true, problems: { updated: 1 } });
      expect(await columns("1.10")).toEqual({ communityReports: 1, communityLevel: 2, communityDuration: "2-4-weeks" });
    } finally {
      writeFileSync(file, original);
      await ingestContent(database.prisma, contentDir);
    }
  });

  it("is part of the reporter's data export", async () => {
    await claim(alice, "1.1", "done");
    await reportOrThrow(alice, "1.1", "B", "2-4-weeks");
    const data = await exporter.exportAccountData(alice.id);
    expect(data?.difficultyReports).toEqual([
      { problem: { number: "1.1", title: expect.any(String) }, difficulty: "B", duration: "2-4-weeks", createdAt: now, updatedAt: now },
    ]);
  });
});

describe("the catalogue filter by rating source", () => {
  /** 1.2 (the author says A) is reported C; 1.10 (unrated) is reported B. */
  async function seedReports() {
    await claim(alice, "1.2", "done");
    await claim(alice, "1.10", "done");
    await reportOrThrow(alice, "1.2", "C", "1-3-months");
    await reportOrThrow(alice, "1.10", "B", "2-4-weeks");
  }

  it("reads the author's rating by default, the community's, or either with the author winning", async () => {
    await seedReports();
    expect(await listed({ difficulty: ["B"] })).toEqual(["1.1"]);
    expect(await listed({ difficulty: ["B"], rating: "author" })).toEqual(["1.1"]);
    expect(await listed({ difficulty: ["B"], rating: "community" })).toEqual(["1.10"]);
    expect(await listed({ difficulty: ["C"], rating: "community" })).toEqual(["1.2"]);
    // Under community, unrated means nobody reported.
    expect(await listed({ difficulty: ["unrated"], rating: "community" })).toEqual(["1.1", "2.1"]);
    expect(await listed({ difficulty: ["B"], rating: "either" })).toEqual(["1.1", "1.10"]);
    // 1.2's community C does not count where the author rated it A.
    expect(await listed({ difficulty: ["C"], rating: "either" })).toEqual(["1.1", "2.1"]);
    expect(await listed({ difficulty: ["A"], rating: "either" })).toEqual(["1.2"]);
    expect(await listed({ difficulty: ["unrated"], rating: "either" })).toEqual([]);
    expect(await listed({ difficulty: ["unrated"], rating: "author" })).toEqual(["1.10"]);
  });

  it("counts each difficulty under each source as the catalogue lists it", async () => {
    await seedReports();
    const values: DifficultyFilterValue[] = ["A", "B", "C", "D", "unrated"];
    for (const rating of ["author", "community", "either"] as RatingSource[]) {
      for (const filter of [{ ...EMPTY_FILTER, rating }, { ...EMPTY_FILTER, rating, difficulty: ["B" as const] }, { ...EMPTY_FILTER, rating, category: ["toy-models"] }]) {
        const counts = await facets.catalogueFacets(filter, now);
        for (const value of values) expect(counts.difficulty[value], `${rating} ${JSON.stringify(filter)} ${value}`).toBe((await listed({ ...filter, difficulty: [value] })).length);
        for (const [slug, count] of Object.entries(counts.category)) expect(count, `${rating} ${slug}`).toBe((await listed({ ...filter, category: [slug] })).length);
      }
    }
    const community = await facets.catalogueFacets({ ...EMPTY_FILTER, rating: "community" }, now);
    expect(community.difficulty).toEqual({ A: 0, B: 1, C: 1, D: 0, unrated: 2 });
    expect(community.coverage).toMatchObject({ total: 4, rated: 3, communityRated: 2 });
    expect((await facets.catalogueFacets({ ...EMPTY_FILTER, rating: "either" }, now)).difficulty).toEqual({ A: 1, B: 2, C: 2, D: 0, unrated: 0 });
  });

  it("is honoured by GET /api/problems, whose rows carry the community summary", async () => {
    await seedReports();
    const response = await listRoute.GET(new Request("http://test.local/api/problems?difficulty=B&rating=community"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; problems: { number: string; difficulty: string | null; community: unknown }[] };
    expect(body.problems.map((row) => [row.number, row.difficulty, row.community])).toEqual([["1.10", null, { reports: 1, level: "B", duration: "2-4-weeks" }]]);
    const all = (await (await listRoute.GET(new Request("http://test.local/api/problems"))).json()) as typeof body;
    expect(all.problems.find((row) => row.number === "1.1")!.community).toBeNull();
    expect(all.problems.find((row) => row.number === "1.2")!.community).toEqual({ reports: 1, level: "C", duration: "1-3-months" });

    const bad = await listRoute.GET(new Request("http://test.local/api/problems?rating=crowd"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "rating", error: expect.stringContaining('got "crowd"') });

    const one = await oneRoute.GET(new Request("http://test.local/api/problems/1.2"), { params: Promise.resolve({ number: "1.2" }) });
    expect(await one.json()).toMatchObject({ number: "1.2", difficulty: "A", community: { reports: 1, level: "C", duration: "1-3-months" } });
  });
});

describe("the report form's action", () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) data.append(name, value);
    return data;
  };

  it("refuses forged values with field errors and sends back what was typed", async () => {
    await claim(alice, "1.1", "done");
    expect(await report(alice, "1.1", "E", "forever")).toEqual({
      ok: false,
      error: "Check the fields below.",
      fieldErrors: { level: "Choose A, B, C or D", duration: expect.stringContaining("under a week") },
    });
    session.user = { ...alice, isAdmin: false };
    const state = await actions.saveDifficultyReportAction({ ok: false }, form({ problemNumber: "1.1", level: "E", duration: "forever" }));
    expect(state).toEqual({
      ok: false,
      message: "Check the fields below.",
      fieldErrors: { level: "Choose A, B, C or D", duration: expect.any(String) },
      values: { problemNumber: "1.1", level: "E", duration: "forever" },
    });
    // Nothing chosen at all: both fields are named.
    expect(await actions.saveDifficultyReportAction({ ok: false }, form({ problemNumber: "1.1", duration: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { level: expect.any(String), duration: expect.any(String) },
    });
    expect(await columns("1.1")).toMatchObject({ communityReports: 0 });
  });

  it("refuses a forged post from someone with no claim with a clear error, keeping the values", async () => {
    session.user = { ...bob, isAdmin: false };
    const state = await actions.saveDifficultyReportAction({ ok: false }, form({ problemNumber: "1.1", level: "B", duration: "2-4-weeks" }));
    expect(state).toEqual({ ok: false, message: expect.stringContaining("You have no claim on problem 1.1"), fieldErrors: undefined, values: { problemNumber: "1.1", level: "B", duration: "2-4-weeks" } });
    expect(await database.prisma.difficultyReport.count()).toBe(0);
  });

  it("refuses a signed-out post and an unknown problem", async () => {
    expect(await actions.saveDifficultyReportAction({ ok: false }, form({ problemNumber: "1.1", level: "B", duration: "2-4-weeks" }))).toMatchObject({ ok: false, message: "Sign in first." });
    session.user = { ...bob, isAdmin: false };
    expect(await actions.saveDifficultyReportAction({ ok: false }, form({ problemNumber: "9.99", level: "B", duration: "2-4-weeks" }))).toMatchObject({ ok: false, message: "There is no problem 9.99." });
  });

  it("saves a valid report through perform()", async () => {
    await claim(alice, "1.1", "done");
    session.user = { ...alice, isAdmin: false };
    expect(await actions.saveDifficultyReportAction({ ok: false }, form({ problemNumber: "1.1", level: "B", duration: "2-4-weeks" }))).toEqual({ ok: true, message: "Thank you: your report is saved." });
    expect(await actions.saveDifficultyReportAction({ ok: false }, form({ problemNumber: "1.1", level: "C", duration: "2-4-weeks" }))).toEqual({ ok: true, message: "Your report is updated." });
    expect(await columns("1.1")).toEqual({ communityReports: 1, communityLevel: 3, communityDuration: "2-4-weeks" });
  });
});
