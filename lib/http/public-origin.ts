/**
 * The origin that absolute links in feeds and exports use: BETTER_AUTH_URL's when set (the public
 * address; behind a proxy, or with the server bound to 0.0.0.0, the request's own URL is not it),
 * else the request's. Feed entry ids are built from it, so they must not change with the route taken.
 */
export function publicOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
  const configured = env.BETTER_AUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // Better Auth refuses a malformed BETTER_AUTH_URL at start; here the request's origin will do.
    }
  }
  return new URL(request.url).origin;
}
