import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/auth/rate-limit";
import { isAdminEmail } from "@/lib/auth/roles";
import { returnToSchema } from "@/lib/auth/schemas";

describe("createRateLimiter", () => {
  it("allows the limit per window, then refuses with the wait, then allows again", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 10_000 });
    const start = 1_000_000;
    expect([0, 1, 2].map((i) => limiter.attempt("ip:1", start + i).ok)).toEqual([true, true, true]);
    expect(limiter.attempt("ip:1", start + 4_000)).toEqual({ ok: false, retryAfterSeconds: 6 });
    expect(limiter.attempt("ip:2", start + 4_000).ok).toBe(true);
    expect(limiter.attempt("ip:1", start + 10_000).ok).toBe(true);
  });
});

describe("isAdminEmail", () => {
  it("matches the comma-separated ADMIN_EMAILS list, ignoring case and spaces", () => {
    expect(isAdminEmail("Mod@Example.org", " mod@example.org , other@example.org")).toBe(true);
    expect(isAdminEmail("user@example.org", "mod@example.org")).toBe(false);
    expect(isAdminEmail("user@example.org", "")).toBe(false);
  });
});

describe("returnToSchema", () => {
  it("keeps same-site paths and replaces anything else with /me", () => {
    expect(returnToSchema.parse("/problems/1.1")).toBe("/problems/1.1");
    for (const unsafe of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined]) {
      expect(returnToSchema.parse(unsafe)).toBe("/me");
    }
  });
});
