import { publicOrigin } from "@/lib/http/public-origin";
import { problemPathParameters } from "@/lib/api/schemas";
import { publicErrorResponse, publicReadPreflight, publicReadResponse } from "@/lib/http/public-read";
import { cachedProblemJson } from "@/lib/problems/cached";

/** GET /api/problems/1.12: one problem, archived ones included (flagged). */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  if (!problemPathParameters.shape.number.safeParse(number).success) {
    return publicErrorResponse(400, `invalid parameter "number": expected a problem number such as 1.12; got "${number}"`, "number");
  }
  const body = await cachedProblemJson(number, publicOrigin(request));
  if (body === null) return publicErrorResponse(404, `no problem numbered ${number}`);
  return publicReadResponse(request, body);
}

export const OPTIONS = publicReadPreflight;
