import { readAuthSecret } from "@/lib/auth/secret";
import { unsubscribe } from "@/lib/notifications/service";
import { verifyUnsubscribe } from "@/lib/notifications/unsubscribe-token";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/**
 * The signed unsubscribe link, without signing in. POST does it: a mail client's one-click
 * (RFC 8058 sends the body "List-Unsubscribe=One-Click") gets 200; the confirm button on
 * /unsubscribe gets sent back to that page. GET only leads to the page, because mail scanners
 * open links nobody clicked.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const link = verifyUnsubscribe(Object.fromEntries(url.searchParams), readAuthSecret());
  if (!link) return new Response("This unsubscribe link is not valid.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const result = await unsubscribe(link.userId, link.scope);
  if (!result.ok) return new Response(`${result.error}\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const form = await request.formData().catch(() => null);
  if (form?.get("List-Unsubscribe") === "One-Click") return new Response("Unsubscribed.\n", { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
  return seeOther(`/unsubscribe?${url.searchParams.toString()}&done=1`);
}

export async function GET(request: Request) {
  return seeOther(`/unsubscribe?${new URL(request.url).searchParams.toString()}`);
}
