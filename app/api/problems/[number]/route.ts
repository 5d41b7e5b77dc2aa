import { PROBLEM_NUMBER_PATTERN } from "@/lib/content/schema";
import { cachedProblemJson } from "@/lib/problems/cached";

/** GET /api/problems/1.12: one problem, archived ones included (flagged). */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  if (!PROBLEM_NUMBER_PATTERN.test(number)) {
    return Response.json({ error: `invalid parameter "number": expected a problem number such as 1.12; got "${number}"`, parameter: "number" }, { status: 400 });
  }
  const body = await cachedProblemJson(number, new URL(request.url).origin);
  if (body === null) return Response.json({ error: `no problem numbered ${number}` }, { status: 404 });
  return new Response(body, { headers: { "content-type": "application/json" } });
}
