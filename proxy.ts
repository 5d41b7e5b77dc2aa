import { NextResponse, type NextRequest } from "next/server";
import { catalogueKey } from "@/lib/problems/filter";

/**
 * Chooses which rendering of a public page answers, without reading the database:
 * - a visitor without a session cookie gets app/(public), cached whole as static HTML;
 * - a visitor with one gets the app/(member) twin under /member, whose per-visitor parts (the
 *   header, their own claim) render per request around the same cached parts;
 * - the catalogue's query string becomes a path segment (/catalogue/<canonical query>), so each
 *   filter is cached as its own page after its first request.
 * The session is only looked for here, never trusted: the member pages read it properly.
 */
// Every catalogue address, unfiltered too, is one route (catalogue/[filter]): the client router
// then treats each query as its own page instead of reusing the page for "/" whatever the query.
const ALL_PROBLEMS = "all";
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  let target = pathname;
  if (pathname === "/") {
    if (searchParams.get("account") === "deleted") target = "/account-deleted";
    else {
      target = `/catalogue/${encodeURIComponent(catalogueKey(searchParams) || ALL_PROBLEMS)}`;
    }
  }
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn && target !== "/account-deleted") target = `/member${target}`;
  if (target === pathname) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: ["/", "/api", "/start", "/problems/:number", "/problems/:number/claims", "/categories", "/categories/:slug", "/glossary", "/glossary/:term"],
};
