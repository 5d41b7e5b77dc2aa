import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseEngine, readEnvironment, type DatabaseEngine, type Environment } from "@/lib/env";

/**
 * The app's one database type, on either engine. Both clients are generated from the same schema
 * (the PostgreSQL one from its twin), so they have the same models and API; typing both as the
 * SQLite client also keeps PostgreSQL-only options (`mode: "insensitive"`) out of shared queries.
 */
export type Database = PrismaClient;

/** What the PostgreSQL pool takes from the environment (lib/env.ts documents each variable). */
export type PoolSettings = Pick<Environment, "DATABASE_POOL_SIZE" | "DATABASE_STATEMENT_TIMEOUT_MS" | "DATABASE_SSL" | "DATABASE_SSL_CA">;

/** Prisma client options a caller may add (tests count statements through `log`). */
export type ClientOptions = Pick<Prisma.PrismaClientOptions, "log">;

/** Opens a Prisma client on a database URL: a SQLite file (its folder created when missing) or a PostgreSQL server. */
export function createDatabaseClient(url: string, settings: PoolSettings = readEnvironment(), options: ClientOptions = {}): Database {
  const engine = databaseEngine(url);
  if (engine === "postgresql") {
    const client = new PostgresPrismaClient({ ...options, adapter: new PrismaPg(postgresPoolConfig(url, settings)) });
    return client as unknown as Database;
  }
  if (engine !== "sqlite") throw new Error("DATABASE_URL must be a file: (SQLite) or postgresql:// URL");
  const filePath = url.replace(/^file:/, "");
  // better-sqlite3 does not create folders, and its error for a missing one is unhelpful.
  if (filePath !== ":memory:") mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  return new PrismaClient({ ...options, adapter: new PrismaBetterSQLite3({ url }) });
}

/** The pg pool options for a URL and the DATABASE_* settings. */
export function postgresPoolConfig(url: string, settings: PoolSettings): PoolConfig {
  const config: PoolConfig = { connectionString: url, max: settings.DATABASE_POOL_SIZE };
  // Set per connection by the server, so a runaway query is cancelled there, not only abandoned here.
  if (settings.DATABASE_STATEMENT_TIMEOUT_MS > 0) config.statement_timeout = settings.DATABASE_STATEMENT_TIMEOUT_MS;
  if (settings.DATABASE_SSL === "disable") config.ssl = false;
  if (settings.DATABASE_SSL === "require") config.ssl = { rejectUnauthorized: false };
  if (settings.DATABASE_SSL === "verify-full") {
    config.ssl = { rejectUnauthorized: true, ...(settings.DATABASE_SSL_CA ? { ca: readFileSync(settings.DATABASE_SSL_CA, "utf8") } : {}) };
  }
  return config;
}

/**
 * The engine behind a client or an interactive transaction's client, for the few functions that
 * hold SQL of their own (search, the ingest upsert, glossary joins). Prisma records the schema's
 * provider on the client (`_activeProvider`, also reachable through a transaction's proxy); there
 * is no public accessor.
 */
export function engineOf(client: object): DatabaseEngine {
  const provider = (client as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql") return "postgresql";
  if (provider === "sqlite") return "sqlite";
  throw new Error(`engineOf: not a Prisma client (provider ${String(provider)})`);
}
