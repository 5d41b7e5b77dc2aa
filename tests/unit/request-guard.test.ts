import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClient } from "@/lib/http/client-address";
import { guardRequest, type GuardOptions } from "@/lib/http/request-guard";

describe("resolveClient", () => {
  const none = parseTrustedProxies("");
  const proxy = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");

  it("believes only the socket when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClient("203.0.113.5", "1.2.3.4", none)).toEqual({ address: "203.0.113.5", viaTrustedProxy: false });
    expect(resolveClient("::ffff:203.0.113.5", undefined, none).address).toBe("203.0.113.5");
    expect(resolveClient("127.0.0.1", "1.2.3.4", none).address).toBe("127.0.0.1");
  });

  it("behind a trusted proxy takes the rightmost untrusted entry, so a forged leftmost one is ignored", () => {
    expect(resolveClient("127.0.0.1", "198.51.100.9", proxy)).toEqual({ address: "198.51.100.9", viaTrustedProxy: true });
    expect(resolveClient("127.0.0.1", "6.6.6.6, 198.51.100.9", proxy).address).toBe("198.51.100.9");
    expect(resolveClient("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.1.2.3", proxy).address).toBe("198.51.100.9");
    expect(resolveClient("127.0.0.1", "garbage, 198.51.100.9", proxy).address).toBe("198.51.100.9");
    expect(resolveClient("127.0.0.1", "198.51.100.9, garbage", proxy).address).toBe("127.0.0.1");
    expect(resolveClient("127.0.0.1", undefined, proxy).address).toBe("127.0.0.1");
  });

  it("does not believe X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClient("203.0.113.5", "198.51.100.9", proxy)).toEqual({ address: "203.0.113.5", viaTrustedProxy: false });
  });

  it("refuses a malformed TRUSTED_PROXIES entry at start-up", () => {
    expect(() => parseTrustedProxies("localhost")).toThrow(/not an IP address/);
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/prefix/);
  });
});

describe("guardRequest", () => {
  const options: GuardOptions = { maxBodyBytes: 1024, expectedHost: "app.example:3000", databasePresent: () => true };
  const post = (headers: Record<string, string>, pathname = "/problems/1.1") =>
    guardRequest("POST", pathname, { "content-length": "10", ...headers }, options);

  it("lets same-origin posts and every GET through", () => {
    expect(post({ origin: "http://app.example:3000" })).toBeNull();
    expect(post({})).toBeNull();
    expect(guardRequest("GET", "/", { origin: "https://evil.example" }, options)).toBeNull();
  });

  it("refuses cross-site posts with 403, including an opaque origin", () => {
    expect(post({ origin: "https://evil.example" })?.status).toBe(403);
    expect(post({ origin: "null" })?.status).toBe(403);
    expect(post({ "sec-fetch-site": "cross-site" })?.status).toBe(403);
  });

  it("leaves Better Auth's endpoints to their own origin check", () => {
    expect(post({ origin: "https://evil.example" }, "/api/auth/sign-in/email")).toBeNull();
  });

  it("refuses oversized bodies with 413 and bodies of unknown length with 411", () => {
    expect(post({ "content-length": "5000000", origin: "http://app.example:3000" })).toMatchObject({ status: 413, message: expect.stringContaining("at most 1 KB") });
    expect(post({ "content-length": "abc" })?.status).toBe(413);
    expect(guardRequest("POST", "/", { "transfer-encoding": "chunked" }, options)?.status).toBe(411);
  });

  it("answers 503 while the database file is missing, except for static assets", () => {
    const gone = { ...options, databasePresent: () => false };
    expect(guardRequest("GET", "/", {}, gone)?.status).toBe(503);
    expect(guardRequest("GET", "/_next/static/chunks/app.js", {}, gone)).toBeNull();
  });
});
