/**
 * `npm start`: everything a fresh clone needs, then the server. Applies migrations, ingests
 * content/, builds the app when its sources changed since the last build, and serves it
 * (PORT, default 3000). Needs no .env: the database defaults to data/app.db.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureLocalAuthSecret } from "@/lib/auth/secret";
import { formatContentError } from "@/lib/content/load";
import { createDatabaseClient } from "@/lib/database-client";
import { databaseFilePath, readEnvironment } from "@/lib/env";
import { formatIngestSummary, ingestContent } from "@/lib/ingest/ingest";
import { appBaseUrl } from "@/lib/mail/config";
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

// Everything that changes the built app; a change here means the next start rebuilds.
const BUILD_INPUTS = ["app", "components", "lib", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!existsSync(full)) return;
    const stats = statSync(full);
    if (stats.isDirectory()) {
      for (const child of readdirSync(full).sort()) visit(path.join(entry, child));
    } else {
      hash.update(entry).update(readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  // Cached pages are rendered with the site's URL (canonical links, share images, sitemap) and the
  // content repository ("Suggest an edit"): a change of either must rebuild them.
  hash.update(JSON.stringify({ siteUrl: appBaseUrl(childEnvironment), contentRepository: process.env.CONTENT_REPO_URL ?? "" }));
  return hash.digest("hex");
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

const fingerprintFile = path.join(root, ".next", "source-fingerprint");
const fingerprint = sourceFingerprint();
const builtFrom = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, "utf8") : "";
if (builtFrom !== fingerprint || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
  run("next", ["build"]);
  writeFileSync(fingerprintFile, fingerprint);
} else {
  console.log("start: sources unchanged since the last build; skipping next build");
}

// Our server (lib/cli/serve.mts) serves the build like `next start`, behind the request guard.
const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join("lib", "cli", "serve.mts")], {
  stdio: "inherit",
  env: { ...childEnvironment, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
