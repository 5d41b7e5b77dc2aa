import "server-only";
import { cache } from "react";
import { engineOf } from "@/lib/database-client";
import { db } from "@/lib/db";
import { MATCH_END, MATCH_START } from "./snippet";

/**
 * Full-text search over problems, one query per engine with the same behaviour: words are stemmed
 * ("neurons" finds "neuron"), match prefixes as you type ("superpos" finds "superposition"), all
 * must match, and a title match ranks above a terms match above a body match. SQLite: the FTS5
 * table "ProblemSearch" (migration 20261220090000_full_text_search), bm25. PostgreSQL: the
 * generated tsvector column "Problem"."searchVector" (the same migration in prisma/postgres/), ts_rank_cd.
 */

/** Where a problem matched: its rank (0 is best) and a snippet of its body around the words. */
export type SearchMatch = { problemId: number; rank: number; snippet: string | null };


// bm25 weights per column, in the table's order: number, title, terms, body.
const COLUMN_WEIGHTS = "10.0, 8.0, 4.0, 1.0";
const BODY_COLUMN = 3;
const SNIPPET_WORDS = 14;

/**
 * The user's words as an FTS5 query: each word quoted (so no character is FTS syntax) and matched
 * as a prefix, all words required. A problem number such as "1.12" is a phrase of its two parts, so
 * it finds that problem and not every problem with a 1 and a 12 in it. Null when there is no word.
 */
export function ftsQuery(text: string): string | null {
  const parts: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (/^\d+(\.\d+)+$/.test(word)) {
      parts.push(`"${word.split(".").join(" ")}"`);
      continue;
    }
    for (const token of word.match(/[\p{L}\p{N}]+/gu) ?? []) parts.push(`"${token}"*`);
  }
  return parts.length > 0 ? parts.join(" ") : null;
}

/**
 * The problems whose text matches the query, best first (archived ones included: the caller's
 * filter decides what is live). Null when the query has no words to search for, which filters
 * nothing. Once per render: the catalogue's list and its facet counts both ask, at the same time.
 */
export const searchProblems = cache(async (text: string): Promise<SearchMatch[] | null> => {
  return engineOf(db) === "postgresql" ? searchPostgres(text) : searchSqlite(text);
});

async function searchSqlite(text: string): Promise<SearchMatch[] | null> {
  const query = ftsQuery(text);
  if (query === null) return null;
  // char(1) and char(2) are MATCH_START and MATCH_END (./snippet.ts).
  const rows = await db.$queryRawUnsafe<{ problemId: bigint | number; rank: number; snippet: string }[]>(
    `SELECT "rowid" AS "problemId", bm25("ProblemSearch", ${COLUMN_WEIGHTS}) AS "rank",
            snippet("ProblemSearch", ${BODY_COLUMN}, char(1), char(2), '…', ${SNIPPET_WORDS}) AS "snippet"
       FROM "ProblemSearch" WHERE "ProblemSearch" MATCH ? ORDER BY "rank"`,
    query,
  );
  return rows.map((row, index) => ({
    problemId: Number(row.problemId),
    rank: index,
    // A match only in the number, title or terms leaves the body's snippet without a marked word.
    snippet: row.snippet.includes(MATCH_START) ? row.snippet : null,
  }));
}

/**
 * The user's words as a PostgreSQL tsquery for the "problem_search" configuration: each word a
 * quoted lexeme matched as a prefix (`:*`), all required (`&`). A problem number such as "1.12" is
 * one lexeme in PostgreSQL's parser, so it is matched whole, as FTS5 matches its phrase. Only
 * letters, digits and the number's dots reach the query, so no input is tsquery syntax.
 */
export function postgresTsQuery(text: string): string | null {
  const parts: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (/^\d+(\.\d+)+$/.test(word)) {
      parts.push(`'${word}'`);
      continue;
    }
    for (const token of word.match(/[\p{L}\p{N}]+/gu) ?? []) parts.push(`'${token}':*`);
  }
  return parts.length > 0 ? parts.join(" & ") : null;
}

// ts_rank_cd weights for D, C, B, A: the body is C, the terms B, the number and title A. Spread
// wider than bm25's so that a word repeated in a long body does not outrank it in a title.
const POSTGRES_WEIGHTS = "{0.0, 0.05, 0.3, 1.0}";
// ts_headline's options: the same markers as the SQLite snippet, about as many words.
const HEADLINE_OPTIONS = `MaxWords=${SNIPPET_WORDS}, MinWords=${Math.ceil(SNIPPET_WORDS / 2)}, ShortWord=0, MaxFragments=1, FragmentDelimiter=…`;

async function searchPostgres(text: string): Promise<SearchMatch[] | null> {
  const query = postgresTsQuery(text);
  if (query === null) return null;
  const rows = await db.$queryRawUnsafe<{ problemId: number; snippet: string; searchText: string }[]>(
    `SELECT p."id" AS "problemId", p."searchText" AS "searchText",
            ts_headline('problem_search', p."searchText", q, $2 || ', StartSel=' || chr(1) || ', StopSel=' || chr(2)) AS "snippet"
       FROM "Problem" p, to_tsquery('problem_search', $1) q
      WHERE p."searchVector" @@ q
      ORDER BY ts_rank_cd('${POSTGRES_WEIGHTS}', p."searchVector", q) DESC, p."numberMajor", p."numberMinor"`,
    query,
    HEADLINE_OPTIONS,
  );
  return rows.map((row, index) => ({
    problemId: Number(row.problemId),
    rank: index,
    snippet: row.snippet.includes(MATCH_START) ? withEllipses(row.snippet, row.searchText) : null,
  }));
}

/** ts_headline cuts a fragment without saying so; FTS5's snippet marks a cut with "…", and so do we. */
function withEllipses(snippet: string, body: string): string {
  const plain = snippet.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "").trim();
  const start = body.trimStart().startsWith(plain) ? "" : "…";
  const end = body.trimEnd().endsWith(plain) ? "" : "…";
  return `${start}${snippet.trim()}${end}`;
}
