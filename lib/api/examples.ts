import "server-only";
import { appBaseUrl } from "@/lib/mail/config";
import { cachedProblemJson, cachedProblemsJson } from "@/lib/problems/cached";
import { catalogueKey, parseProblemFilter } from "@/lib/problems/filter";

/**
 * Example requests and responses for the /api page, taken from the live data through the same
 * cached reads the endpoints answer from (so an example can never show a field the API lacks),
 * then trimmed to a readable length.
 */

export type ApiExample = { request: string; response: string; status: number };

const LIST_QUERY = "difficulty=A&unclaimed=1";
const ONE_NUMBER = "1.1";
const INVALID_QUERY = "difficulty=E";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Examples by OpenAPI path; paths served by other parts of the app (exports, feeds) have none here. */
export async function apiExamples(): Promise<Record<string, ApiExample>> {
  const origin = appBaseUrl();
  const examples: Record<string, ApiExample> = {};

  const list = await cachedProblemsJson(catalogueKey(new URLSearchParams(LIST_QUERY)), origin);
  if (list !== null) {
    const { total, problems } = JSON.parse(list) as { total: number; problems: unknown[] };
    examples["/api/problems"] = { request: `${origin}/api/problems?${LIST_QUERY}`, status: 200, response: trimmed(pretty({ total, problems: problems.slice(0, 1) }), problems.length > 1) };
  }

  const one = await cachedProblemJson(ONE_NUMBER, origin);
  if (one !== null) {
    const problem = JSON.parse(one) as { claims: unknown[] };
    examples["/api/problems/{number}"] = {
      request: `${origin}/api/problems/${ONE_NUMBER}`,
      status: 200,
      response: trimmed(pretty({ ...problem, claims: problem.claims.slice(0, 1) }), problem.claims.length > 1),
    };
  }

  const invalid = parseProblemFilter(new URLSearchParams(INVALID_QUERY));
  if (!invalid.ok) {
    examples.error = {
      request: `${origin}/api/problems?${INVALID_QUERY}`,
      status: 400,
      response: pretty({ error: `invalid parameter "${invalid.error.parameter}": ${invalid.error.message}`, parameter: invalid.error.parameter }),
    };
  }
  return examples;
}

/** Marks a response shortened for the page (JSON has no comments, so the mark is plain text after it). */
function trimmed(json: string, wasTrimmed: boolean): string {
  return wasTrimmed ? `${json}\n// trimmed: the real response lists every item` : json;
}
