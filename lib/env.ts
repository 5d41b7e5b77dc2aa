import path from "node:path";
import { z } from "zod";

/** The two engines the same build runs on; DATABASE_URL's scheme picks one. */
export type DatabaseEngine = "sqlite" | "postgresql";

/** The engine a database URL names: file: is SQLite, postgresql:// or postgres:// is PostgreSQL, else null. */
export function databaseEngine(url: string): DatabaseEngine | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

const positiveInteger = (name: string) =>
  z.coerce.number({ error: `${name} must be a whole number` }).int(`${name} must be a whole number`).positive(`${name} must be 1 or more`);

/** The environment the app reads, parsed once; every variable is optional on the embedded default. */
const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .refine((url) => databaseEngine(url) !== null, "must be a SQLite file URL (file:./data/app.db) or a PostgreSQL URL (postgresql://user:password@host:5432/database)")
    .default("file:./data/app.db"),
  // PostgreSQL only (SQLite is one file in this process): connections per process, the longest a
  // statement may run before the server cancels it (0: no limit), and TLS to the server.
  DATABASE_POOL_SIZE: positiveInteger("DATABASE_POOL_SIZE").default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0, "DATABASE_STATEMENT_TIMEOUT_MS must be 0 (no limit) or more").default(30_000),
  // disable: plain TCP (a server on this machine or a private network); require: TLS without
  // checking the certificate (what many managed services document); verify-full: TLS, and the
  // certificate must be valid for the host (system CAs, or DATABASE_SSL_CA, a PEM file).
  DATABASE_SSL: z.enum(["disable", "require", "verify-full"], { error: "DATABASE_SSL must be disable, require or verify-full" }).optional(),
  DATABASE_SSL_CA: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Environment = z.infer<typeof environmentSchema>;

export function readEnvironment(source: Record<string, string | undefined> = process.env): Environment {
  // An empty variable (DATABASE_POOL_SIZE= in a compose file) means "not set", not zero.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/** The SQLite file a file: URL names, resolved against the working directory; null for ":memory:" and server URLs. */
export function databaseFilePath(url: string): string | null {
  if (databaseEngine(url) !== "sqlite") return null;
  const file = url.replace(/^file:/, "");
  return file === ":memory:" ? null : path.resolve(file);
}

/** A database URL fit for a log line: a server URL without its user name and password. */
export function describeDatabase(url: string): string {
  if (databaseEngine(url) !== "postgresql") return url;
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}
