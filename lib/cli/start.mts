/**
 * `npm start`: everything a fresh clone needs, then the server. Applies migrations, ingests
 * content/, builds the app when its sources changed since the last build, and serves it
 * (PORT, default 3000). Needs no .env: the database defaults to data/app.db.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { ensureLocalAuthSecret } from "@/lib/auth/secret";
import { formatContentError } from "@/lib/content/load";
import { createDatabaseClient } from "@/lib/database-client";
import { databaseFilePath, readEnvironment } from "@/lib/env";
import { formatIngestSummary, ingestContent } from "@/lib/ingest/ingest";
import { buildWhenChanged } from "./build-when-changed";
import { markDatabaseCreated, vanishedDatabaseWarning } from "./vanished-database";

const root = process.cwd();
const environment = readEnvironment();
const childEnvironment = {
  ...process.env,
  DATABASE_URL: environment.DATABASE_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  // The embedded default keeps a generated secret in data/; a deployment sets its own.
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? ensureLocalAuthSecret(),
};

function run(command: string, args: string[]) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", command), args, { stdio: "inherit", env: childEnvironment });
  if (result.status !== 0) {
    console.error(`start: ${command} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

// better-sqlite3 does not create folders, and migrate reports a missing one only as "External error".
const databaseFile = databaseFilePath(environment.DATABASE_URL);
if (databaseFile) {
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  const warning = vanishedDatabaseWarning(databaseFile);
  if (warning) console.error(warning);
}
run("prisma", ["migrate", "deploy"]);
if (databaseFile) markDatabaseCreated(databaseFile);

const database = createDatabaseClient(environment.DATABASE_URL);
const ingest = await ingestContent(database, path.join(root, "content"));
await database.$disconnect();
if (!ingest.ok) {
  for (const error of ingest.errors) console.error(formatContentError(error));
  console.error("start: content/ has errors; fix them and start again");
  process.exit(1);
}
console.log(formatIngestSummary(ingest));

try {
  buildWhenChanged(root, childEnvironment, "start");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Our server (lib/cli/serve.mts) serves the build like `next start`, behind the request guard.
const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join("lib", "cli", "serve.mts")], {
  stdio: "inherit",
  env: { ...childEnvironment, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
