import path from "node:path";
import { startPostgresServer, type PostgresServer } from "@/lib/database/postgres-server";
import { POSTGRES_TEMPLATE, psql, withDatabase } from "./postgres-sql";
import { migrationNames, migrationSql } from "./migrations";

/**
 * Vitest globalSetup for TEST_DATABASE=postgres: a server for the whole run (TEST_POSTGRES_URL, an
 * admin URL of a server you run, or else a fresh one in tests/.tmp/pg on TEST_POSTGRES_PORT,
 * default 5491) and a template database with every PostgreSQL migration applied, which each test
 * file copies (tests/helpers/database.ts). Workers inherit the admin URL through the environment.
 */
export default function setup(): () => void {
  let server: PostgresServer | null = null;
  let adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) {
    server = startPostgresServer(path.join(process.cwd(), "tests", ".tmp", "pg"), Number(process.env.TEST_POSTGRES_PORT ?? 5491), {
      fresh: true,
      throwaway: true,
    });
    adminUrl = server.adminUrl;
  }
  process.env.TEST_POSTGRES_ADMIN_URL = adminUrl;
  psql(adminUrl, `DROP DATABASE IF EXISTS "${POSTGRES_TEMPLATE}" WITH (FORCE)`);
  psql(adminUrl, `CREATE DATABASE "${POSTGRES_TEMPLATE}"`);
  const template = withDatabase(adminUrl, POSTGRES_TEMPLATE);
  for (const name of migrationNames("postgresql")) psql(template, migrationSql("postgresql", name), { singleTransaction: true });
  return () => {
    if (server) server.stop();
    else psql(adminUrl, `DROP DATABASE IF EXISTS "${POSTGRES_TEMPLATE}" WITH (FORCE)`);
  };
}
