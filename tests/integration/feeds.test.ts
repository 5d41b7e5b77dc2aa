import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { copyContent, FIXTURE_CONTENT_DIR } from "../helpers/content";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createUser } from "../helpers/users";

// Issue 12: the Atom feeds parse as Atom, hold each kind of event once, newest first, and never a hidden item.
let database: TestDatabase;
let contentDir: string;
let siteRoute: typeof import("@/app/(public)/feed.xml/route");
let problemRoute: typeof import("@/app/(public)/problems/[number]/feed.xml/route");
let categoryRoute: typeof import("@/app/(public)/categories/[slug]/feed.xml/route");

const at = (iso: string) => new Date(iso);
const CHANGED_TITLE = "Reverse engineer a neuron <carefully> & well";

beforeAll(async () => {
  database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  // Absolute links then use the request's origin (lib/http/public-origin.ts).
  delete process.env.BETTER_AUTH_URL;
  contentDir = copyContent(FIXTURE_CONTENT_DIR);
  const first = await ingestContent(database.prisma, contentDir, { now: at("2026-01-01T00:00:00Z") });
  if (!first.ok) throw new Error("fixture content is invalid");
  const file = path.join(contentDir, "problems", "1.1.md");
  writeFileSync(file, readFileSync(file, "utf8").replace('title: "Reverse engineer a neuron"', `title: "${CHANGED_TITLE}"`));
  const second = await ingestContent(database.prisma, contentDir, { now: at("2026-01-05T00:00:00Z") });
  if (!second.ok) throw new Error(`changed fixture is invalid: ${JSON.stringify(second)}`);
  siteRoute = await import("@/app/(public)/feed.xml/route");
  problemRoute = await import("@/app/(public)/problems/[number]/feed.xml/route");
  categoryRoute = await import("@/app/(public)/categories/[slug]/feed.xml/route");

  const prisma = database.prisma;
  const id = async (number: string) => (await prisma.problem.findUniqueOrThrow({ where: { number } })).id;
  const alice = await createUser(prisma, "Alice");
  const bob = await createUser(prisma, "Bob", { contactEmail: "bob@public.example", contactVisibility: "public" });
  const carol = await createUser(prisma, "Carol");
  const expiresAt = at("2099-01-01T00:00:00Z");

  // 1.1: one visible claim (done, with an outcome and a note), one visible link; a hidden claim
  // with a note and an outcome, and a hidden link.
  const claim = await prisma.claim.create({
    data: {
      problemId: await id("1.1"), userId: alice.id, status: "done", expiresAt, startedAt: at("2026-02-01T00:00:00Z"), lastUpdateAt: at("2026-03-01T00:00:00Z"),
      outcomeSummary: "Found the neuron", outcomeUrl: "https://outcome.example/post",
    },
  });
  await prisma.claimNote.create({ data: { claimId: claim.id, authorId: alice.id, body: "Halfway", bodyHtml: "<p>Halfway</p>", linksJson: '["https://draft.example/"]', createdAt: at("2026-02-10T00:00:00Z") } });
  await prisma.workLink.create({ data: { problemId: await id("1.1"), userId: bob.id, title: "A paper", url: "https://paper.example/", kind: "paper", createdAt: at("2026-02-15T00:00:00Z") } });
  const hidden = await prisma.claim.create({
    data: {
      problemId: await id("1.1"), userId: carol.id, status: "done", expiresAt, startedAt: at("2026-02-20T00:00:00Z"), lastUpdateAt: at("2026-02-23T00:00:00Z"),
      outcomeSummary: "hidden outcome", hiddenAt: at("2026-02-24T00:00:00Z"),
    },
  });
  await prisma.claimNote.create({ data: { claimId: hidden.id, authorId: carol.id, body: "a secret note", bodyHtml: "<p>a secret note</p>", createdAt: at("2026-02-21T00:00:00Z") } });
  await prisma.workLink.create({ data: { problemId: await id("1.1"), userId: carol.id, title: "Spam", url: "https://hidden.example/", kind: "other", createdAt: at("2026-02-22T00:00:00Z"), hiddenAt: at("2026-02-24T00:00:00Z") } });

  // 2.1 (the other category): Bob is working on it.
  await prisma.claim.create({ data: { problemId: await id("2.1"), userId: bob.id, status: "working", expiresAt, startedAt: at("2026-02-05T00:00:00Z") } });
});

afterAll(async () => {
  await database.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

type Entry = { id: string; title: { "#text": string; "@_type": string }; link: { "@_href": string }[]; updated: string; author?: { name: string }[]; content?: { "#text": string } };
type AtomFeed = { "@_xmlns": string; id: string; title: string; updated: string; author: { name: string }[]; link: { "@_rel": string; "@_href": string }[]; entry?: Entry[] };

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ["entry", "link", "author"].includes(name) });

/** A feed response, checked to be well-formed Atom with what RFC 4287 requires of a feed and its entries. */
async function atom(response: Response): Promise<{ feed: AtomFeed; entries: Entry[]; xml: string }> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = (parser.parse(xml) as { feed: AtomFeed }).feed;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toMatch(/^http:\/\/test\.local\/.*feed\.xml$/);
  expect(feed.link.find((link) => link["@_rel"] === "self")?.["@_href"]).toBe(feed.id);
  expect(feed.author[0]!.name).toBe("Open Problems");
  const entries = feed.entry ?? [];
  for (const entry of entries) {
    expect(entry.id).toMatch(/^http:\/\/test\.local\/problems\/[\d.]+#[a-z]+(-\d+)?$/);
    expect(entry.title["#text"]).not.toBe("");
    expect(entry.link[0]!["@_href"]).toMatch(/^http:\/\/test\.local\/problems\/[\d.]+$/);
    expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  }
  const dates = entries.map((entry) => entry.updated);
  expect(dates).toEqual([...dates].sort().reverse());
  if (entries.length > 0) expect(feed.updated).toBe(entries[0]!.updated);
  return { feed, entries, xml };
}

const kindOf = (entry: Entry) => entry.id.split("#")[1]!.replace(/-\d+$/, "");
const site = () => siteRoute.GET(new Request("http://test.local/feed.xml"));
const problem = (number: string) => problemRoute.GET(new Request(`http://test.local/problems/${number}/feed.xml`), { params: Promise.resolve({ number }) });
const category = (slug: string) => categoryRoute.GET(new Request(`http://test.local/categories/${slug}/feed.xml`), { params: Promise.resolve({ slug }) });
const HIDDEN = ["Carol", "secret note", "hidden outcome", "hidden.example"];

describe("a problem's feed", () => {
  it("holds each kind of event exactly once, newest first, with a person's name as author", async () => {
    const { entries } = await atom(await problem("1.1"));
    expect(entries.map((entry) => [kindOf(entry), entry.updated, entry.author?.[0]?.name ?? null])).toEqual([
      ["outcome", "2026-03-01T00:00:00.000Z", "Alice"],
      ["link", "2026-02-15T00:00:00.000Z", "Bob"],
      ["note", "2026-02-10T00:00:00.000Z", "Alice"],
      ["claim", "2026-02-01T00:00:00.000Z", "Alice"],
      ["changed", "2026-01-05T00:00:00.000Z", null],
      ["added", "2026-01-01T00:00:00.000Z", null],
    ]);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it("says what happened, escaping titles as text and keeping links", async () => {
    const { entries } = await atom(await problem("1.1"));
    const byKind = Object.fromEntries(entries.map((entry) => [kindOf(entry), entry]));
    const problemTitle = "1.1: Reverse engineer a neuron &lt;carefully&gt; &amp; well";
    expect(byKind.outcome!.title).toEqual({ "#text": `Alice finished ${problemTitle}`, "@_type": "html" });
    expect(byKind.outcome!.content!["#text"]).toBe('<p>Found the neuron</p><ul><li><a href="https://outcome.example/post">https://outcome.example/post</a></li></ul>');
    expect(byKind.note!.content!["#text"]).toContain('<p>Halfway</p><ul><li><a href="https://draft.example/">');
    expect(byKind.link!.title["#text"]).toBe(`Existing work on ${problemTitle}`);
    expect(byKind.changed!.title["#text"]).toBe(`Problem ${problemTitle} was updated`);
  });

  it("never shows a hidden claim, its notes or outcome, a hidden link or a contact detail", async () => {
    const { xml } = await atom(await problem("1.1"));
    for (const text of [...HIDDEN, "bob@public.example"]) expect(xml).not.toContain(text);
  });

  it("answers 404 for an unknown or malformed number", async () => {
    expect((await problem("9.99")).status).toBe(404);
    expect((await problem("nope")).status).toBe(404);
  });
});

describe("the site feed", () => {
  it("holds every visible event once across categories and nothing hidden", async () => {
    const { entries, xml } = await atom(await site());
    const kinds = entries.map(kindOf);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect([count("claim"), count("note"), count("outcome"), count("link"), count("changed"), count("added")]).toEqual([2, 1, 1, 1, 1, 4]);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    for (const text of [...HIDDEN, "bob@public.example"]) expect(xml).not.toContain(text);
  });

  it("keeps the newest 50 events", async () => {
    const prisma = database.prisma;
    const bob = await prisma.user.findFirstOrThrow({ where: { name: "Bob" } });
    const problemId = (await prisma.problem.findUniqueOrThrow({ where: { number: "2.1" } })).id;
    await prisma.workLink.createMany({
      data: Array.from({ length: 55 }, (_, index) => ({ problemId, userId: bob.id, title: `Link ${index}`, url: `https://links.example/${index}`, kind: "post", createdAt: new Date(Date.UTC(2026, 3, 1, 0, index)) })),
    });
    try {
      const { entries } = await atom(await site());
      expect(entries).toHaveLength(50);
      expect(entries[0]!.updated).toBe("2026-04-01T00:54:00.000Z");
      expect(entries.every((entry) => kindOf(entry) === "link")).toBe(true);
    } finally {
      await prisma.workLink.deleteMany({ where: { url: { startsWith: "https://links.example/" } } });
    }
  });
});

describe("a category's feed", () => {
  it("holds only its own problems' events", async () => {
    const { feed, entries } = await atom(await category("wild-circuits"));
    expect(feed.id).toBe("http://test.local/categories/wild-circuits/feed.xml");
    expect(entries.map((entry) => [kindOf(entry), entry.link[0]!["@_href"]])).toEqual([
      ["claim", "http://test.local/problems/2.1"],
      ["added", "http://test.local/problems/2.1"],
    ]);
  });

  it("answers 404 for an unknown category", async () => {
    expect((await category("nope")).status).toBe(404);
  });
});
