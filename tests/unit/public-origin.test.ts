import { describe, expect, it } from "vitest";
import { publicOrigin } from "@/lib/http/public-origin";

describe("publicOrigin", () => {
  const request = new Request("http://0.0.0.0:3000/feed.xml");

  it("prefers the configured public address, so feed ids do not depend on how the server was reached", () => {
    expect(publicOrigin(request, { BETTER_AUTH_URL: "https://problems.example.org/" })).toBe("https://problems.example.org");
  });

  it("falls back to the request's origin when none is configured or it is malformed", () => {
    expect(publicOrigin(request, {})).toBe("http://0.0.0.0:3000");
    expect(publicOrigin(request, { BETTER_AUTH_URL: "not a url" })).toBe("http://0.0.0.0:3000");
  });
});
