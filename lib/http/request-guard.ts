import type { IncomingHttpHeaders } from "node:http";

/**
 * Checks every request before Next sees it, so that forged or oversized requests get a clear 4xx
 * instead of reaching code that would fail with a 5xx, and a vanished database gets a 503.
 */
export type GuardRefusal = { status: 403 | 411 | 413 | 503; message: string };

export type GuardOptions = {
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** The host the browser must have been on for a cross-site-sensitive request (Host, or X-Forwarded-Host from a trusted proxy). */
  expectedHost: string | undefined;
  /** Whether the database file is where it should be. */
  databasePresent: () => boolean;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** The refusal for a request, or null to let it through. */
export function guardRequest(method: string, pathname: string, headers: IncomingHttpHeaders, options: GuardOptions): GuardRefusal | null {
  if (pathname.startsWith("/_next/static/")) return null;
  if (!options.databasePresent()) return { status: 503, message: "The database is unavailable. Nothing was changed; please try again later." };
  if (SAFE_METHODS.has(method)) return null;

  const length = single(headers["content-length"]);
  if (length === undefined && headers["transfer-encoding"]) return { status: 411, message: "Send the request with a Content-Length." };
  if (length !== undefined && !(Number(length) <= options.maxBodyBytes)) {
    return { status: 413, message: `The request is too large: at most ${Math.round(options.maxBodyBytes / 1024)} KB.` };
  }

  // Better Auth checks origins on its own endpoints (and answers 403 itself).
  if (pathname.startsWith("/api/auth/")) return null;
  // Browsers send Origin on every POST; Sec-Fetch-Site says the same where Origin was stripped.
  const origin = single(headers.origin);
  if (origin !== undefined) {
    if (originHost(origin) !== options.expectedHost) return { status: 403, message: "Cross-site request refused." };
  } else if (single(headers["sec-fetch-site"]) === "cross-site") {
    return { status: 403, message: "Cross-site request refused." };
  }
  return null;
}
