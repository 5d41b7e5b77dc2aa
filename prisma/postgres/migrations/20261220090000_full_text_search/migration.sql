-- Full-text search over problems, the PostgreSQL counterpart of the SQLite migration's FTS5 table
-- (lib/problems/search.ts holds the query for each engine). Hand-written: Prisma's schema cannot
-- describe a text search configuration or a generated column, so `migrate diff` writes nothing here.
--
-- The configuration is "english" (Snowball stemming: "neurons" finds "neuron") without its
-- stop-word list, because FTS5's porter tokenizer has none: on both engines every word the user
-- types must match, "the" and "and" included, and a query of only such words still finds rows.
CREATE TEXT SEARCH DICTIONARY "problem_search_stem" (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION "problem_search" (COPY = english);
ALTER TEXT SEARCH CONFIGURATION "problem_search"
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH "problem_search_stem";

-- The index is a stored generated column, so PostgreSQL keeps it in step with every write to
-- "Problem" without triggers. Weights rank a match in the number or title (A) above one in the
-- terms (B) above one in the body (C). Prisma does not know the column: a later migration that
-- drops or renames one of these four columns must drop and re-create this one.
ALTER TABLE "Problem" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('problem_search'::regconfig, "number"), 'A') ||
    setweight(to_tsvector('problem_search'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('problem_search'::regconfig, "termsJson"), 'B') ||
    setweight(to_tsvector('problem_search'::regconfig, "searchText"), 'C')
) STORED;

CREATE INDEX "Problem_searchVector_idx" ON "Problem" USING GIN ("searchVector");

-- "searchText" now keeps the body's case (snippets show it), and an empty hash makes the next ingest
-- rewrite every row.
UPDATE "Problem" SET "contentHash" = '';
