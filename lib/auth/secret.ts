import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The secret kept in the git-ignored data/ folder for the embedded default, created on first use
 * (32 random bytes, mode 0600), so that `npm start` on a fresh clone needs no .env.
 */
export function ensureLocalAuthSecret(): string {
  const dataDir = path.join(process.cwd(), "data");
  mkdirSync(dataDir, { recursive: true });
  const secretFile = path.join(dataDir, "auth-secret");
  try {
    writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Already there (or another process wrote it first): use it.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(secretFile, "utf8").trim();
}

/**
 * The auth secret: BETTER_AUTH_SECRET, else the local secret outside production. In production a
 * missing secret is an error at start, because Better Auth would otherwise answer every request with 500.
 * (`npm start` passes the local secret in BETTER_AUTH_SECRET itself.)
 */
export function readAuthSecret(environment: NodeJS.ProcessEnv = process.env): string {
  const fromEnvironment = environment.BETTER_AUTH_SECRET?.trim();
  if (fromEnvironment) {
    if (fromEnvironment.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters");
    return fromEnvironment;
  }
  if (environment.NODE_ENV === "production") {
    throw new Error("BETTER_AUTH_SECRET is not set; set it to 32 or more random characters (openssl rand -hex 32)");
  }
  return ensureLocalAuthSecret();
}
