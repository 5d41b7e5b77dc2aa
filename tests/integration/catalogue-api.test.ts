import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readProblemFacts } from "@/lib/content/facts";
import { ingestContent } from "@/lib/ingest/ingest";
import { FACTS_FILE, REAL_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// The route handlers use the app's own database module, which reads DATABASE_URL on first import.
let database: TestDatabase;
let listRoute: typeof import("@/app/api/problems/route");
let oneRoute: typeof import("@/app/api/problems/[number]/route");

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const result = await ingestContent(database.prisma, REAL_CONTENT_DIR);
  if (!result.ok) throw new Error("content is invalid");
  listRoute = await import("@/app/api/problems/route");
  oneRoute = await import("@/app/api/problems/[number]/route");
});

afterAll(async () => {
  await database.cleanup();
});

type ListBody = { total: number; problems: { number: string; difficulty: string | null; category: string; exciting: boolean; url: string }[] };

async function list(query: string): Promise<{ status: number; body: ListBody & { error?: string; parameter?: string } }> {
  const response = await listRoute.GET(new Request(`http://test.local/api/problems${query}`));
  return { status: response.status, body: await response.json() };
}

async function one(number: string) {
  const response = await oneRoute.GET(new Request(`http://test.local/api/problems/${number}`), { params: Promise.resolve({ number }) });
  return { status: response.status, body: await response.json() };
}

const facts = existsSync(FACTS_FILE) ? readProblemFacts(FACTS_FILE) : [];
const numbersWhere = (predicate: (fact: (typeof facts)[number]) => boolean) => facts.filter(predicate).map((fact) => fact.number);
const spans = (difficulty: string | null, letter: string) => difficulty !== null && difficulty.charAt(0) <= letter && letter <= difficulty.charAt(difficulty.length - 1);

describe("GET /api/problems", () => {
  it("returns every problem, sorted by number, with the documented fields", async () => {
    const { status, body } = await list("");
    expect(status).toBe(200);
    expect(body.total).toBe(334);
    expect(body.problems).toHaveLength(334);
    expect(body.problems.slice(0, 3).map((p) => p.number)).toEqual(["1.1", "1.2", "1.3"]);
    expect(body.problems.findIndex((p) => p.number === "1.10")).toBeGreaterThan(body.problems.findIndex((p) => p.number === "1.9"));
    expect(Object.keys(body.problems[0]!).sort()).toEqual(["activeClaims", "category", "community", "difficulty", "doneClaims", "exciting", "interestedClaims", "lookingForCollaborators", "number", "subcategory", "title", "url", "workingClaims"]);
    expect(body.problems[0]!.url).toBe("http://test.local/problems/1.1");
  });

  it.runIf(facts.length > 0).each(["A", "B", "C", "D"])("filters difficulty=%s, ranges matching both ends", async (letter) => {
    const { body } = await list(`?difficulty=${letter}`);
    expect(body.problems.map((p) => p.number)).toEqual(numbersWhere((fact) => spans(fact.difficulty, letter)));
  });

  it.runIf(facts.length > 0)("matches B-C problems for B and for C", async () => {
    for (const letter of ["B", "C"]) {
      const { body } = await list(`?difficulty=${letter}`);
      expect(body.problems.map((p) => p.number)).toEqual(expect.arrayContaining(["1.1", "2.8", "2.32"]));
    }
  });

  it.runIf(facts.length > 0)("filters unrated and combines difficulties with OR", async () => {
    const unrated = await list("?difficulty=unrated");
    expect(unrated.body.total).toBe(numbersWhere((fact) => fact.difficulty === null).length);
    const aOrUnrated = await list("?difficulty=A&difficulty=unrated");
    expect(aOrUnrated.body.problems.map((p) => p.number)).toEqual(numbersWhere((fact) => fact.difficulty === null || spans(fact.difficulty, "A")));
  });

  it.runIf(facts.length > 0)("filters several categories, exciting only, and combines filters with AND", async () => {
    const two = await list("?category=toy-language-models&category=image-models");
    expect(two.body.problems.map((p) => p.number)).toEqual(numbersWhere((fact) => fact.category_number === 1 || fact.category_number === 7));
    const exciting = await list("?exciting=1");
    expect(exciting.body.problems.map((p) => p.number)).toEqual(numbersWhere((fact) => fact.exciting === true));
    expect(exciting.body.total).toBe(15);
    const combined = await list("?category=circuits-in-the-wild&difficulty=C&exciting=1");
    expect(combined.body.problems.map((p) => p.number)).toEqual(
      numbersWhere((fact) => fact.category_number === 2 && spans(fact.difficulty, "C") && fact.exciting === true),
    );
  });

  it("with no claims yet, every problem is unclaimed and none looks for collaborators", async () => {
    expect((await list("?unclaimed=1")).body.total).toBe(334);
    expect((await list("?collaborators=1")).body.total).toBe(0);
    expect((await list("?difficulty=A")).body.problems.every((p) => (p as unknown as { activeClaims: number }).activeClaims === 0)).toBe(true);
  });

  it("searches number, title and description, every word, ignoring case", async () => {
    const trigram = await list("?q=TRIGRAM");
    expect(trigram.body.problems.map((p) => p.number)).toContain("1.3");
    const byNumber = await list("?q=2.8");
    expect(byNumber.body.problems.map((p) => p.number)).toContain("2.8");
    const both = await list("?q=ice%20sundae");
    expect(both.body.problems.map((p) => p.number)).toEqual(["1.3"]);
    expect((await list("?q=zzzunfindable")).body.total).toBe(0);
  });

  it.each([
    ["?difficulty=E", "difficulty"],
    ["?category=not-a-category", "category"],
    ["?exciting=perhaps", "exciting"],
    ["?unclaimed=maybe", "unclaimed"],
  ])("answers 400 naming the parameter for %s", async (query, parameter) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.parameter).toBe(parameter);
    expect(body.error).toContain(parameter);
  });
});

describe("GET /api/problems/[number]", () => {
  it("returns one problem", async () => {
    const { status, body } = await one("2.8");
    expect(status).toBe(200);
    expect(body).toMatchObject({ number: "2.8", difficulty: "B-C", exciting: true, category: "circuits-in-the-wild", archived: false });
  });

  it("answers 404 JSON for an unknown number and 400 for a malformed one", async () => {
    expect(await one("9.99")).toMatchObject({ status: 404, body: { error: expect.stringContaining("9.99") } });
    expect(await one("abc")).toMatchObject({ status: 400, body: { parameter: "number" } });
  });
});
