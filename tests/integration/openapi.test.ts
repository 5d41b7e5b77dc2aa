import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi";
import { problemFilterParameters } from "@/lib/problems/filter";
import { ingestContent } from "@/lib/ingest/ingest";
import { FIXTURE_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
let listRoute: typeof import("@/app/api/problems/route");
let oneRoute: typeof import("@/app/api/problems/[number]/route");
let documentRoute: typeof import("@/app/api/openapi.json/route");

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const result = await ingestContent(database.prisma, FIXTURE_CONTENT_DIR);
  if (!result.ok) throw new Error("fixture content is invalid");
  listRoute = await import("@/app/api/problems/route");
  oneRoute = await import("@/app/api/problems/[number]/route");
  documentRoute = await import("@/app/api/openapi.json/route");
});

afterAll(async () => {
  await database.cleanup();
});

const ORIGIN = "http://test.local";
type Operation = { parameters?: { name: string; in: string; schema: Record<string, unknown> }[]; responses: Record<string, unknown> };
const document = openApiDocument(ORIGIN);
const operation = (path: string) => (document.paths as Record<string, { get: Operation }>)[path]!.get;

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("resolves every $ref to a component schema", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(Object.keys(document.components.schemas)).toContain(name);
  });

  it.each(["/api/problems", "/api/export.json", "/api/export.csv"])("documents every key of the filter schema as a query parameter of %s", (path) => {
    const documented = operation(path).parameters!.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name);
    expect(documented).toEqual(Object.keys(problemFilterParameters.shape));
  });

  it("documents a parameter as soon as it is added to the schema", async () => {
    // The document reads the shape when built: extending the schema in place stands for editing filter.ts.
    const shape = problemFilterParameters.shape as Record<string, z.ZodType>;
    shape.sort = z.enum(["number", "title"]).meta({ description: "Sort order." });
    try {
      const parameters = openApiDocument(ORIGIN).paths["/api/problems"].get.parameters;
      expect(parameters.find((parameter) => parameter.name === "sort")).toMatchObject({ in: "query", description: "Sort order.", schema: { enum: ["number", "title"] } });
    } finally {
      delete shape.sort;
    }
  });

  it("describes repeatable parameters as arrays and the documented values from the parser", () => {
    const difficulty = operation("/api/problems").parameters!.find((parameter) => parameter.name === "difficulty")!;
    expect(difficulty.schema).toMatchObject({ type: "array", items: { enum: ["A", "B", "C", "D", "unrated"] } });
  });

  it("documents the error shape for 400 and 404", () => {
    expect(operation("/api/problems").responses["400"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
    expect(operation("/api/problems/{number}").responses["404"]).toBeDefined();
    expect(document.components.schemas.Error).toMatchObject({ properties: { error: { type: "string" }, parameter: { type: "string" } }, required: ["error"] });
  });

  it("documents the feeds and exports", () => {
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/problems", "/api/problems/{number}", "/api/export.json", "/api/export.csv", "/feed.xml", "/problems/{number}/feed.xml", "/categories/{slug}/feed.xml"]),
    );
  });

  it("describes the response fields the route sends", async () => {
    const response = await listRoute.GET(new Request(`${ORIGIN}/api/problems`));
    const body = (await response.json()) as { problems: Record<string, unknown>[] };
    const problem = document.components.schemas.Problem as { properties: Record<string, unknown> };
    expect(Object.keys(problem.properties).sort()).toEqual(Object.keys(body.problems[0]!).sort());
  });
});

describe("read endpoints: validators, freshness and CORS", () => {
  const cases: [string, (init?: RequestInit) => Promise<Response>][] = [
    ["/api/problems", (init) => listRoute.GET(new Request(`${ORIGIN}/api/problems?difficulty=B`, init))],
    ["/api/problems/1.1", (init) => oneRoute.GET(new Request(`${ORIGIN}/api/problems/1.1`, init), { params: Promise.resolve({ number: "1.1" }) })],
    ["/api/openapi.json", (init) => documentRoute.GET(new Request(`${ORIGIN}/api/openapi.json`, init))],
  ];

  it.each(cases)("%s sends a strong ETag, Cache-Control and CORS, and 304 for a matching If-None-Match", async (_path, get) => {
    const first = await get();
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("content-type")).toContain("application/json");
    const body = await first.text();
    expect(JSON.parse(body)).toBeTypeOf("object");

    const again = await get();
    expect(again.headers.get("etag")).toBe(etag);

    const notModified = await get({ headers: { "if-none-match": `"stale", ${etag}` } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("access-control-allow-origin")).toBe("*");

    const changed = await get({ headers: { "if-none-match": '"something-else"' } });
    expect(changed.status).toBe(200);
  });

  it("gives different bodies different tags", async () => {
    const b = await listRoute.GET(new Request(`${ORIGIN}/api/problems?difficulty=B`));
    const all = await listRoute.GET(new Request(`${ORIGIN}/api/problems`));
    expect(b.headers.get("etag")).not.toBe(all.headers.get("etag"));
  });

  it.each([
    ["/api/problems", () => listRoute.OPTIONS()],
    ["/api/problems/1.1", () => oneRoute.OPTIONS()],
    ["/api/openapi.json", () => documentRoute.OPTIONS()],
  ])("%s answers a CORS preflight", async (_path, options) => {
    const response = options();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });

  it("keeps the error shape, readable cross-origin, for 400 and 404", async () => {
    const invalid = await listRoute.GET(new Request(`${ORIGIN}/api/problems?difficulty=E`));
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("access-control-allow-origin")).toBe("*");
    expect(await invalid.json()).toEqual({ error: expect.stringContaining("difficulty"), parameter: "difficulty" });

    const badNumber = await oneRoute.GET(new Request(`${ORIGIN}/api/problems/x`), { params: Promise.resolve({ number: "x" }) });
    expect(badNumber.status).toBe(400);
    expect(await badNumber.json()).toEqual({ error: expect.stringContaining("number"), parameter: "number" });

    const missing = await oneRoute.GET(new Request(`${ORIGIN}/api/problems/99.1`), { params: Promise.resolve({ number: "99.1" }) });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    expect(await missing.json()).toEqual({ error: "no problem numbered 99.1" });
  });
});
