import { toClaimJson } from "@/lib/claims/json";
import { claimsForProblem } from "@/lib/claims/queries";
import { PROBLEM_NUMBER_PATTERN } from "@/lib/content/schema";
import { toProblemJson } from "@/lib/problems/json";
import { getProblem } from "@/lib/problems/queries";

/** GET /api/problems/1.12: one problem, archived ones included (flagged), with its visible claims' public fields. */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  if (!PROBLEM_NUMBER_PATTERN.test(number)) {
    return Response.json({ error: `invalid parameter "number": expected a problem number such as 1.12; got "${number}"`, parameter: "number" }, { status: 400 });
  }
  // One clock for the count and each claim's active/lapsed flag.
  const now = new Date();
  const problem = await getProblem(number, now);
  if (!problem) return Response.json({ error: `no problem numbered ${number}` }, { status: 404 });
  const origin = new URL(request.url).origin;
  const claims = await claimsForProblem(problem.id, null, now);
  return Response.json({ ...toProblemJson(problem, origin), archived: problem.archivedAt !== null, claims: claims.map(toClaimJson) });
}
