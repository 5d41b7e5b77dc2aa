import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readAuthSecret } from "@/lib/auth/secret";

let dir: string;
let previousCwd: string;

beforeEach(() => {
  previousCwd = process.cwd();
  dir = mkdtempSync(path.join(os.tmpdir(), "secret-test-"));
  process.chdir(dir);
});

afterEach(() => {
  process.chdir(previousCwd);
  rmSync(dir, { recursive: true, force: true });
});

describe("readAuthSecret", () => {
  it("uses BETTER_AUTH_SECRET when set", () => {
    const secret = "s".repeat(40);
    expect(readAuthSecret({ BETTER_AUTH_SECRET: secret, NODE_ENV: "production" })).toBe(secret);
  });

  it("refuses a short secret", () => {
    expect(() => readAuthSecret({ BETTER_AUTH_SECRET: "short", NODE_ENV: "development" })).toThrow(/at least 32/);
  });

  it("generates a private secret file once outside production and reuses it", () => {
    const first = readAuthSecret({ NODE_ENV: "development" });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const file = path.join(dir, "data", "auth-secret");
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readAuthSecret({ NODE_ENV: "development" })).toBe(first);
  });

  it("refuses to start in production without a secret", () => {
    expect(() => readAuthSecret({ NODE_ENV: "production" })).toThrow(/BETTER_AUTH_SECRET is not set/);
  });
});
