import { databaseIsHealthy } from "@/lib/health";

export const dynamic = "force-dynamic";

/** GET /api/health: for load balancers and uptime checks. */
export async function GET() {
  const healthy = await databaseIsHealthy();
  return Response.json({ ok: healthy }, { status: healthy ? 200 : 503 });
}
