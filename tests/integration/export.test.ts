import { rmSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// Issue 12: GET /api/export.json and /api/export.csv against a seeded set with hidden rows, both
// contact visibilities and text a spreadsheet would run as a formula.
let database: TestDatabase;
let contentDir: string;
let jsonRoute: typeof import("@/app/api/export.json/route");
let csvRoute: typeof import("@/app/api/export.csv/route");
let listRoute: typeof import("@/app/api/problems/route");

const DAY = 86_400_000;
const INJECTION_TITLE = '=HYPERLINK("https://evil.example/","Click me")';
// The export reads the clock itself (as the server does): dates are relative to now.
const aliceExpires = new Date(Date.now() + 30 * DAY);
const bobExpires = new Date(Date.now() - DAY);
const day = (date: Date) => date.toISOString().slice(0, 10);

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  // Absolute links then use the request's origin (lib/http/public-origin.ts).
  delete process.env.BETTER_AUTH_URL;
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  const result = await ingestContent(database.prisma, contentDir);
  if (!result.ok) throw new Error("fixture content is invalid");
  jsonRoute = await import("@/app/api/export.json/route");
  csvRoute = await import("@/app/api/export.csv/route");
  listRoute = await import("@/app/api/problems/route");

  const prisma = database.prisma;
  const id = async (number: string) => (await prisma.problem.findUniqueOrThrow({ where: { number } })).id;
  const alice = await createUser(prisma, "Alice", { contactEmail: "alice@public.example", contactVisibility: "public" });
  const bob = await createUser(prisma, "Bob", { contactEmail: "bob@collaborators.example", contactVisibility: "collaborators" });
  const carol = await createUser(prisma, "Carol", { contactEmail: "carol@public.example", contactVisibility: "public" });
  const mallory = await createUser(prisma, "@Mallory");
  await prisma.profile.update({ where: { userId: alice.id }, data: { website: "https://alice.example" } });

  // 1.1: Alice active (public contact), Bob lapsed (contact for collaborators only), Carol hidden.
  const aliceClaim = await prisma.claim.create({
    data: { problemId: await id("1.1"), userId: alice.id, status: "working", lookingForCollaborators: true, expiresAt: aliceExpires, purpose: "research", aiInvolvement: "assistant" },
  });
  await prisma.claimNote.create({ data: { claimId: aliceClaim.id, authorId: alice.id, body: "+1 found the neuron", bodyHtml: "<p>+1 found the neuron</p>" } });
  await prisma.claim.create({ data: { problemId: await id("1.1"), userId: bob.id, status: "interested", expiresAt: bobExpires } });
  const hidden = await prisma.claim.create({
    data: { problemId: await id("1.1"), userId: carol.id, status: "working", expiresAt: aliceExpires, hiddenAt: new Date() },
  });
  await prisma.claimNote.create({ data: { claimId: hidden.id, authorId: carol.id, body: "a secret note", bodyHtml: "<p>a secret note</p>" } });

  // 1.2: Alice done with an outcome whose summary is a formula.
  await prisma.claim.create({
    data: { problemId: await id("1.2"), userId: alice.id, status: "done", expiresAt: aliceExpires, outcomeUrl: "https://outcome.example/post", outcomeSummary: "=SUM(1,2)" },
  });

  // Alice, done with 1.2, says how hard it was (through the service, which keeps the summary columns).
  const { saveDifficultyReport } = await import("@/lib/community-difficulty/service");
  const reported = await saveDifficultyReport(alice, { problemNumber: "1.2", level: "B", duration: "2-4-weeks" });
  if (!reported.ok) throw new Error("the report was refused");

  // 1.10: a title a spreadsheet would run, a visible link and a hidden one.
  await prisma.problem.update({ where: { number: "1.10" }, data: { title: INJECTION_TITLE } });
  await prisma.workLink.create({ data: { problemId: await id("1.10"), userId: bob.id, title: "A paper", url: "https://paper.example/1", kind: "paper", createdAt: new Date(Date.now() - 2 * DAY) } });
  await prisma.workLink.create({ data: { problemId: await id("1.10"), userId: carol.id, title: "Spam", url: "https://hidden.example/", kind: "other", hiddenAt: new Date() } });

  // 2.1: a claimant whose name starts a cell with "@".
  await prisma.claim.create({ data: { problemId: await id("2.1"), userId: mallory.id, status: "done", expiresAt: aliceExpires, outcomeSummary: "-1 result" } });
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

const get = (route: { GET: (request: Request) => Promise<Response> }, path: string) => route.GET(new Request(`http://test.local${path}`));

describe("GET /api/export.csv", () => {
  it("is UTF-8 with a byte-order mark, named by date, and parses back into the expected rows with formulas neutralised", async () => {
    const response = await get(csvRoute, "/api/export.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="open-problems-${day(new Date())}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);

    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        number: "1.1",
        title: "Reverse engineer a neuron",
        category: "toy-models",
        section: "Neurons",
        difficulty: "B-C",
        star: "true",
        source_url: "https://example.org/toy-models",
        url: "http://test.local/problems/1.1",
        active_claims: "1",
        working: "1",
        interested: "0",
        done: "0",
        looking_for_collaborators: "true",
        community_difficulty: "",
        community_duration: "",
        community_reports: "0",
        claimants: `Alice (working, until ${day(aliceExpires)}); Bob (interested, lapsed ${day(bobExpires)})`,
        public_contacts: "Alice: alice@public.example, https://alice.example",
        outcomes: "",
        work_links: "",
      },
      {
        number: "1.2",
        title: "Find trigram neurons",
        category: "toy-models",
        section: "",
        difficulty: "A",
        star: "", // no `exciting` in its file: not verified
        source_url: "https://example.org/toy-models",
        url: "http://test.local/problems/1.2",
        active_claims: "0",
        working: "0",
        interested: "0",
        done: "1",
        looking_for_collaborators: "false",
        community_difficulty: "B",
        community_duration: "2-4-weeks",
        community_reports: "1",
        claimants: "Alice (done)",
        public_contacts: "Alice: alice@public.example, https://alice.example",
        outcomes: "Alice: =SUM(1,2) https://outcome.example/post",
        work_links: "",
      },
      {
        number: "1.10",
        title: `'${INJECTION_TITLE}`,
        category: "toy-models",
        section: "",
        difficulty: "",
        star: "", // not verified
        source_url: "https://example.org/toy-models",
        url: "http://test.local/problems/1.10",
        active_claims: "0",
        working: "0",
        interested: "0",
        done: "0",
        looking_for_collaborators: "false",
        community_difficulty: "",
        community_duration: "",
        community_reports: "0",
        claimants: "",
        public_contacts: "",
        outcomes: "",
        work_links: "https://paper.example/1",
      },
      {
        number: "2.1",
        title: "Count objects",
        category: "wild-circuits",
        section: "",
        difficulty: "C",
        star: "false",
        source_url: "https://example.org/wild",
        url: "http://test.local/problems/2.1",
        active_claims: "0",
        working: "0",
        interested: "0",
        done: "1",
        looking_for_collaborators: "false",
        community_difficulty: "",
        community_duration: "",
        community_reports: "0",
        claimants: "'@Mallory (done)",
        public_contacts: "",
        outcomes: "'@Mallory: -1 result",
        work_links: "",
      },
    ]);
  });

  it("never contains hidden rows or contact details their owner did not make public", async () => {
    const text = await (await get(csvRoute, "/api/export.csv")).text();
    for (const secret of ["Carol", "carol@public.example", "secret note", "hidden.example", "bob@collaborators.example"]) expect(text).not.toContain(secret);
  });

  it("exports what the same filter shows in the catalogue", async () => {
    const exported = async (query: string) => (parse(await (await get(csvRoute, `/api/export.csv${query}`)).text(), { bom: true, columns: true }) as { number: string }[]).map((row) => row.number);
    const listed = async (query: string) => ((await (await get(listRoute, `/api/problems${query}`)).json()) as { problems: { number: string }[] }).problems.map((p) => p.number);
    for (const query of ["?category=wild-circuits", "?unclaimed=1", "?collaborators=1", "?difficulty=C&difficulty=unrated", "?q=neuron", "?exciting=1"]) {
      expect(await exported(query), query).toEqual(await listed(query));
    }
    expect(await exported("?category=wild-circuits")).toEqual(["2.1"]);
    expect(await exported("?unclaimed=1")).toEqual(["1.2", "1.10", "2.1"]);
  });

  it.each([
    ["?difficulty=Z", "difficulty"],
    ["?category=nope", "category"],
    ["?exciting=maybe", "exciting"],
  ])("answers %s with the catalogue API's 400", async (query, parameter) => {
    for (const route of [csvRoute, jsonRoute]) {
      const response = await get(route, `/api/export${query}`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body).toEqual(await (await get(listRoute, `/api/problems${query}`)).json());
      expect(body.parameter).toBe(parameter);
    }
  });
});

describe("GET /api/export.json", () => {
  it("returns every live problem with its public claims, links and outcomes, timestamps in ISO 8601", async () => {
    const response = await get(jsonRoute, "/api/export.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const text = await response.text();
    for (const secret of ["Carol", "carol@public.example", "secret note", "hidden.example", "bob@collaborators.example"]) expect(text).not.toContain(secret);
    const body = JSON.parse(text);
    expect(body).toMatchObject({ filter: "", total: 4 });
    expect(body.generatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(body.problems.map((p: { number: string }) => p.number)).toEqual(["1.1", "1.2", "1.10", "2.1"]);

    const [first, second, third] = body.problems;
    expect(first).toMatchObject({
      number: "1.1",
      title: "Reverse engineer a neuron",
      category: "toy-models",
      section: "Neurons",
      difficulty: "B-C",
      exciting: true,
      sourceUrl: "https://example.org/toy-models",
      url: "http://test.local/problems/1.1",
      activeClaims: 1,
      workingClaims: 1,
      interestedClaims: 0,
      doneClaims: 0,
      lookingForCollaborators: true,
      community: null,
      workLinks: [],
      outcomes: [],
    });
    expect(first.claims).toEqual([
      expect.objectContaining({
        owner: { name: "Alice", affiliation: "", contact: { email: "alice@public.example", discord: "", website: "https://alice.example" } },
        status: "working",
        active: true,
        lapsed: false,
        expiresAt: aliceExpires.toISOString(),
        lookingForCollaborators: true,
        purpose: "research",
        aiInvolvement: "assistant",
        notes: [expect.objectContaining({ author: "Alice", body: "+1 found the neuron" })],
      }),
      expect.objectContaining({ owner: { name: "Bob", affiliation: "", contact: null }, status: "interested", active: false, lapsed: true, expiresAt: bobExpires.toISOString() }),
    ]);
    expect(second.community).toEqual({ reports: 1, level: "B", duration: "2-4-weeks" });
    expect(second.outcomes).toEqual([{ owner: "Alice", summary: "=SUM(1,2)", url: "https://outcome.example/post", finishedAt: expect.stringMatching(/Z$/) }]);
    // JSON is data, not a spreadsheet: text stays as typed.
    expect(third.title).toBe(INJECTION_TITLE);
    expect(third.workLinks).toEqual([{ title: "A paper", url: "https://paper.example/1", kind: "paper", addedBy: "Bob", addedAt: expect.stringMatching(/Z$/) }]);
  });

  it("takes the catalogue's filter parameters", async () => {
    const body = await (await get(jsonRoute, "/api/export.json?category=toy-models&difficulty=A")).json();
    expect(body.filter).toBe("category=toy-models&difficulty=A");
    expect(body.problems.map((p: { number: string }) => p.number)).toEqual(["1.2"]);
  });
});
