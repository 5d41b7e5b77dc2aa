import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/form-state";
import { claimInputSchema, longText, requestInputSchema } from "@/lib/claims/schemas";
import { profileInputSchema } from "@/lib/profile/schema";

const claim = { problemNumber: "1.3", status: "working" };

describe("longText", () => {
  it("counts a posted CRLF line break as one character, as the form's counter does", () => {
    // 500 lines of "a" joined by CRLF: 999 characters once normalised, 1498 as posted.
    const note = Array.from({ length: 500 }, () => "a").join("\r\n");
    const result = longText(1000).safeParse(note);
    expect(result.success).toBe(true);
    expect(result.data).toBe(Array.from({ length: 500 }, () => "a").join("\n"));
  });

  it("refuses over-long text naming the limit and the length it got", () => {
    const result = longText(1000).safeParse(`  ${"x".repeat(1200)}  `);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("At most 1000 characters (this has 1200)");
  });

  it("applies to claim notes, request messages and bios", () => {
    const long = "x".repeat(1001);
    expect(fieldErrorsOf(claimInputSchema.safeParse({ ...claim, note: long }).error!).note).toMatch(/^At most 1000 characters/);
    expect(fieldErrorsOf(requestInputSchema.safeParse({ claimId: 1, message: long }).error!).message).toMatch(/^At most 1000 characters/);
    expect(fieldErrorsOf(profileInputSchema.safeParse({ name: "Ada", bio: long, contactVisibility: "public" }).error!).bio).toMatch(/^At most 1000 characters/);
  });
});

describe("claim links", () => {
  it("names the field the bad link was typed in, counting blank fields before it", () => {
    const result = claimInputSchema.safeParse({ ...claim, links: ["", "ftp://example.org/file", "https://example.org"] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ "links.1": "Enter a full http:// or https:// address" });
  });

  it("drops blank and whitespace-only fields and trims the rest", () => {
    const result = claimInputSchema.safeParse({ ...claim, links: ["", "   ", " https://example.org/a "] });
    expect(result.data?.links).toEqual(["https://example.org/a"]);
  });
});
