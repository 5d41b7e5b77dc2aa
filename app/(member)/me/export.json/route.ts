import { exportAccountData } from "@/lib/account/export";
import { getCurrentUser } from "@/lib/auth/session";

/** GET /me/export.json: the signed-in user's data as a JSON download; 401 without a session. */
export async function GET() {
  const user = await getCurrentUser();
  const data = user ? await exportAccountData(user.id) : null;
  if (!data) return Response.json({ error: "Sign in to download your data." }, { status: 401, headers: { "cache-control": "no-store" } });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="open-problems-${data.exportedAt.slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}
