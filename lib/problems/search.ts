import "server-only";
import { db } from "@/lib/db";
import { MATCH_START } from "./snippet";

/**
 * Full-text search over problems: the FTS5 table "ProblemSearch" (see its migration) stems words
 * with Porter ("neurons" finds "neuron"), matches prefixes as you type ("superpos" finds
 * "superposition") and ranks with bm25, a title match above a terms match above a body match.
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
 * nothing.
 */
export async function searchProblems(text: string): Promise<SearchMatch[] | null> {
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
