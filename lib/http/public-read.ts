import { createHash } from "node:crypto";

/**
 * Responses of the public read endpoints (the JSON API, the OpenAPI document): one place for the
 * validators, freshness and cross-origin rules that every read route shares.
 *
 * Freshness: the data changes on every claim, note or ingest, and a client cannot know when, so
 * responses may be stored (by browsers and shared caches alike: the data is public) but must be
 * revalidated before each use. `max-age=0, must-revalidate` with a strong ETag does that, and a
 * revalidation that finds nothing new costs a 304 with no body. Our own server caches the bodies
 * (lib/problems/cached.ts), so answering either way is cheap.
 *
 * Cross-origin: the data is public and needs no credentials, so any origin may read it.
 */
export const PUBLIC_READ_CACHE_CONTROL = "public, max-age=0, must-revalidate";

const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  // A script on another origin may read the validator to send it back in If-None-Match.
  "access-control-expose-headers": "ETag",
} as const;

/** A strong validator for a body: the same bytes always give the same tag, different bytes (all but certainly) a different one. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** Whether an If-None-Match header matches the tag (RFC 9110 §13.1.2: weak comparison, `*` matches any). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => opaque(candidate) === opaque(etag));
}

/** 200 with the body, or 304 when the request already holds it; with ETag, Cache-Control and CORS headers either way. */
export function publicReadResponse(request: Request, body: string, contentType = "application/json; charset=utf-8"): Response {
  const etag = strongEtag(body);
  const headers = { ...CORS_HEADERS, etag, "cache-control": PUBLIC_READ_CACHE_CONTROL };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { headers: { ...headers, "content-type": contentType } });
}

/** An error of a public read endpoint, in the API's shape `{ error, parameter }`; readable cross-origin, never stored. */
export function publicErrorResponse(status: 400 | 404, error: string, parameter?: string): Response {
  return Response.json(parameter === undefined ? { error } : { error, parameter }, { status, headers: { ...CORS_HEADERS, "cache-control": "no-store" } });
}

/** The answer to a CORS preflight: GET from any origin, with If-None-Match allowed for revalidation. */
export function publicReadPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "If-None-Match",
      "access-control-max-age": "86400",
      allow: "GET, HEAD, OPTIONS",
    },
  });
}
