import { connection } from "next/server";
import { databaseIsHealthy } from "@/lib/health";

/** GET /api/health: for load balancers and uptime checks; answered per request, never from a cache. */
export async function GET() {
  await connection();
  const healthy = await databaseIsHealthy();
  return Response.json({ ok: healthy }, { status: healthy ? 200 : 503 });
}
