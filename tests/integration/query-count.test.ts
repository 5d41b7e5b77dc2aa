import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/lib/database-client";
import { ingestContent } from "@/lib/ingest/ingest";
import { EMPTY_FILTER } from "@/lib/problems/filter";
import { REAL_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// The catalogue must cost the same few statements however many problems and claims it lists: one
// query per list, never one per row. The app's database module (lib/db.ts) takes a client already
// on globalThis, so the queries are counted on the client the app itself uses.
let database: TestDatabase;
let statements: string[] = [];
let queries: typeof import("@/lib/problems/queries");

beforeAll(async () => {
  database = createTestDatabase();
  const result = await ingestContent(database.prisma, REAL_CONTENT_DIR);
  if (!result.ok) throw new Error("content is invalid");
  const counted = createDatabaseClient(database.url, undefined, { log: [{ emit: "event", level: "query" }] });
  // The Database type carries no log options, so it does not know the "query" event it now emits.
  (counted as unknown as { $on(event: "query", listener: (event: { query: string }) => void): void }).$on("query", (event) => statements.push(event.query));
  (globalThis as { database?: unknown }).database = counted;
  queries = await import("@/lib/problems/queries");
});

afterAll(async () => {
  await database.cleanup();
});

async function countStatements(run: () => Promise<unknown>): Promise<number> {
  statements = [];
  await run();
  return statements.length;
}

async function claimProblems(count: number, offset: number) {
  const problems = await database.prisma.problem.findMany({ orderBy: { id: "asc" }, skip: offset, take: count, select: { id: true } });
  const user = await createUser(database.prisma, `Counter ${offset}`);
  await database.prisma.claim.createMany({
    data: problems.map((problem, index) => ({ problemId: problem.id, userId: user.id, status: "working", lookingForCollaborators: index % 2 === 0, expiresAt: new Date(Date.now() + 30 * 86_400_000) })),
  });
}

describe("the catalogue's queries", () => {
  it("lists 334 problems with their claims in the same few statements, with 0, 40 or 200 claimed", async () => {
    const page = () => Promise.all([queries.listCategories(), queries.listProblems(EMPTY_FILTER)]);
    const unclaimed = await countStatements(page);
    await claimProblems(40, 0);
    const someClaimed = await countStatements(page);
    await claimProblems(160, 40);
    const manyClaimed = await countStatements(page);
    expect((await queries.listProblems(EMPTY_FILTER)).filter((problem) => problem.activeClaims > 0)).toHaveLength(200);
    expect(unclaimed).toBeLessThanOrEqual(3);
    expect(someClaimed).toBe(unclaimed);
    expect(manyClaimed).toBe(unclaimed);
  });

  it("costs the same with every filter set, and a search one statement more, however much it finds", async () => {
    const everything = { ...EMPTY_FILTER, difficulty: ["A" as const, "B" as const], category: ["toy-language-models"], unclaimed: true };
    const plain = await countStatements(() => queries.listProblems(EMPTY_FILTER));
    expect(await countStatements(() => queries.listProblems(everything))).toBe(plain);
    expect(await countStatements(() => queries.listProblems({ ...EMPTY_FILTER, collaborators: true }))).toBe(plain);
    // The community's difficulty is a column on the row: filtering on it adds no statement.
    expect(await countStatements(() => queries.listProblems({ ...everything, rating: "community" }))).toBe(plain);
    expect(await countStatements(() => queries.listProblems({ ...everything, rating: "either" }))).toBe(plain);
    // The full-text index answers first (lib/problems/search.ts); its matches join the one where clause.
    expect(await countStatements(() => queries.listProblems({ ...everything, q: "neuron" }))).toBe(plain + 1);
    expect(await countStatements(() => queries.listProblems({ ...EMPTY_FILTER, q: "the" }))).toBe(plain + 1);
  });
});
