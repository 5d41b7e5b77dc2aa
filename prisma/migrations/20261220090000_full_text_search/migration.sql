-- Full-text search over problems (SQLite FTS5): Porter stemming ("neurons" finds "neuron"), prefix
-- queries and bm25 ranking. Prisma's schema cannot describe a virtual table, so it lives here.
-- Its rowid is the problem's id; triggers keep it in step with every write to "Problem".
-- A migration that redefines "Problem" (Prisma's DROP TABLE + RENAME) drops these triggers: such a
-- migration must create them again (tests/integration/search.test.ts fails if it does not).
CREATE VIRTUAL TABLE "ProblemSearch" USING fts5(
    "number", "title", "terms", "body",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO "ProblemSearch" ("rowid", "number", "title", "terms", "body")
SELECT "id", "number", "title", "termsJson", "searchText" FROM "Problem";

CREATE TRIGGER "Problem_search_insert" AFTER INSERT ON "Problem" BEGIN
    INSERT INTO "ProblemSearch" ("rowid", "number", "title", "terms", "body")
    VALUES (new."id", new."number", new."title", new."termsJson", new."searchText");
END;

CREATE TRIGGER "Problem_search_update" AFTER UPDATE OF "number", "title", "termsJson", "searchText" ON "Problem" BEGIN
    UPDATE "ProblemSearch" SET "number" = new."number", "title" = new."title", "terms" = new."termsJson", "body" = new."searchText"
    WHERE "rowid" = old."id";
END;

CREATE TRIGGER "Problem_search_delete" AFTER DELETE ON "Problem" BEGIN
    DELETE FROM "ProblemSearch" WHERE "rowid" = old."id";
END;

-- "searchText" now keeps the body's case (snippets show it); an empty hash makes the next ingest
-- rewrite every row, which the update trigger carries into the index.
UPDATE "Problem" SET "contentHash" = '';
