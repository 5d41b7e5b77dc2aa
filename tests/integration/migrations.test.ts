import { afterEach, describe, expect, it } from "vitest";
import { ingestContent } from "@/lib/ingest/ingest";
import { FIXTURE_CONTENT_DIR } from "../helpers/content";
import { applyMigrations, createTestDatabase, migrationNames, type TestDatabase } from "../helpers/database";

const NUMBER_PARTS = "20261202120000_problem_number_parts";
let database: TestDatabase;

afterEach(async () => {
  await database.cleanup();
});

/** Rows as an ingest before the number-parts migration left them (sortKey = major * 1000 + minor). */
function seedOldRows(database: TestDatabase) {
  // Plain SQL both engines take: quoted identifiers, literal values, timestamps in the SQLite
  // adapter's own format (PostgreSQL reads the same text as a UTC timestamp).
  const now = "'2026-11-30T10:00:00.000+00:00'";
  const problems = [[7, "1.10", 1010], [8, "1.2", 1002], [9, "12.345", 12345]] as const;
  database.executeSql(`
    INSERT INTO "Category" ("slug", "position", "title", "summary", "sourceUrl", "bodyHtml", "contentHash", "createdAt", "updatedAt") VALUES ('toy-models', 1, 'Toy', 'S', 'https://example.org', '', 'old', ${now}, ${now});
    INSERT INTO "Problem" ("id", "number", "sortKey", "title", "categorySlug", "sourceUrl", "bodyHtml", "searchText", "contentHash", "createdAt", "updatedAt") VALUES
      ${problems.map(([id, number, sortKey]) => `(${id}, '${number}', ${sortKey}, 'T', 'toy-models', 'https://example.org', '<p>old</p>', 'old', 'old', ${now}, ${now})`).join(",\n      ")};
    INSERT INTO "user" ("id", "name", "email", "updatedAt") VALUES ('u1', 'Ada', 'ada@example.org', ${now});
    INSERT INTO "Claim" ("problemId", "userId", "status") VALUES (7, 'u1', 'working');`);
}

describe(`migration ${NUMBER_PARTS}`, () => {
  it("fills numberMajor and numberMinor from each existing problem's number and keeps ids and claims", async () => {
    database = createTestDatabase({ migrationsBefore: NUMBER_PARTS });
    seedOldRows(database);
    applyMigrations(database, migrationNames().filter((name) => name >= NUMBER_PARTS));

    const problems = await database.prisma.problem.findMany({
      select: { id: true, number: true, numberMajor: true, numberMinor: true },
      orderBy: [{ numberMajor: "asc" }, { numberMinor: "asc" }],
    });
    expect(problems).toEqual([
      { id: 8, number: "1.2", numberMajor: 1, numberMinor: 2 },
      { id: 7, number: "1.10", numberMajor: 1, numberMinor: 10 },
      { id: 9, number: "12.345", numberMajor: 12, numberMinor: 345 },
    ]);
    expect(await database.prisma.claim.findMany({ select: { problemId: true } })).toEqual([{ problemId: 7 }]);
  });

  it("leaves a database the next ingest brings up to date", async () => {
    database = createTestDatabase({ migrationsBefore: NUMBER_PARTS });
    seedOldRows(database);
    applyMigrations(database, migrationNames().filter((name) => name >= NUMBER_PARTS));

    // Hashes written by the old ingest differ from the current ones, so every row is rewritten once.
    const result = await ingestContent(database.prisma, FIXTURE_CONTENT_DIR);
    expect(result).toMatchObject({ ok: true, problems: { added: 2, updated: 2, archived: 1, unchanged: 0 } });
    const row = await database.prisma.problem.findUniqueOrThrow({ where: { number: "1.10" } });
    expect(row).toMatchObject({ id: 7, numberMajor: 1, numberMinor: 10, contentHash: expect.not.stringMatching(/^old$/) });
    expect(row.bodyHtml).not.toBe("<p>old</p>");
  });
});
