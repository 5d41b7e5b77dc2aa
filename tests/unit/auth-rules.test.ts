import { describe, expect, it } from "vitest";
import { displayNameSchema } from "@/lib/auth/display-name";
import { isAdminEmail, isModerator } from "@/lib/auth/roles";
import { passwordSchema, returnToSchema } from "@/lib/auth/schemas";

describe("isAdminEmail", () => {
  it("matches the comma-separated ADMIN_EMAILS list, ignoring case and spaces", () => {
    expect(isAdminEmail("Mod@Example.org", " mod@example.org , other@example.org")).toBe(true);
    expect(isAdminEmail("user@example.org", "mod@example.org")).toBe(false);
    expect(isAdminEmail("user@example.org", "")).toBe(false);
  });
});

describe("isModerator", () => {
  it("grants by role, and by ADMIN_EMAILS only for a verified email", () => {
    expect(isModerator({ role: "moderator", email: "a@example.org", emailVerified: false }, "")).toBe(true);
    expect(isModerator({ role: "member", email: "mod@example.org", emailVerified: false }, "mod@example.org")).toBe(false);
    expect(isModerator({ role: "member", email: "mod@example.org", emailVerified: true }, "mod@example.org")).toBe(true);
    expect(isModerator({ role: "member", email: "x@example.org", emailVerified: true }, "mod@example.org")).toBe(false);
  });
});

describe("returnToSchema", () => {
  it("keeps same-site paths and replaces anything else with /me", () => {
    expect(returnToSchema.parse("/problems/1.1")).toBe("/problems/1.1");
    for (const unsafe of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined]) {
      expect(returnToSchema.parse(unsafe)).toBe("/me");
    }
  });

  it("percent-encodes non-Latin characters so the path can go into a Location header", () => {
    expect(returnToSchema.parse("/problems/1.1?q=нейрон#é")).toBe("/problems/1.1?q=%D0%BD%D0%B5%D0%B9%D1%80%D0%BE%D0%BD#%C3%A9");
    expect(returnToSchema.parse("/проблемы")).toBe("/%D0%BF%D1%80%D0%BE%D0%B1%D0%BB%D0%B5%D0%BC%D1%8B");
  });
});

describe("displayNameSchema", () => {
  it("refuses blank, over-long and disguised names and trims the rest", () => {
    expect(displayNameSchema.safeParse("   ").success).toBe(false);
    expect(displayNameSchema.safeParse("x".repeat(81)).success).toBe(false);
    expect(displayNameSchema.safeParse("Ada\u202Eecila").success).toBe(false);
    expect(displayNameSchema.parse("  Ada Lovelace ")).toBe("Ada Lovelace");
  });
});

describe("passwordSchema", () => {
  it("refuses guessable passwords with a reason, beyond the length rule", () => {
    const common = passwordSchema.safeParse("password123");
    expect(common.success).toBe(false);
    expect(common.error?.issues[0]?.message).toMatch(/Too easy to guess: .*commonly used/);
    expect(passwordSchema.safeParse("aaaaaaaaaaaa").success).toBe(false);
    expect(passwordSchema.safeParse("short").error?.issues[0]?.message).toBe("At least 8 characters");
    expect(passwordSchema.safeParse("purple-otter-lamp-42").success).toBe(true);
  });
});
