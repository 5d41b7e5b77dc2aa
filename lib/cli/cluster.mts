/**
 * `npm run start:cluster`: the several-instance deployment on one machine, every piece a project
 * process in data/cluster/ (CLUSTER_DIR): PostgreSQL (initdb + pg_ctl), Redis for the shared cache,
 * one build, migrations and ingest once, two app instances (lib/cli/serve.mts) and nginx in front
 * on CLUSTER_PORT (default 3000). Ctrl-C or SIGTERM stops them all. README "Several instances".
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { formatContentError } from "@/lib/content/load";
import { createDatabaseClient } from "@/lib/database-client";
import { startPostgresServer, type PostgresServer } from "@/lib/database/postgres-server";
import { formatIngestSummary, ingestContent } from "@/lib/ingest/ingest";
import { buildWhenChanged } from "./build-when-changed";

const root = process.cwd();
const dir = path.resolve(process.env.CLUSTER_DIR ?? path.join("data", "cluster"));
const proxyPort = Number(process.env.CLUSTER_PORT ?? 3000);
// The instances sit just above the proxy's port; the servers behind them on their own ports.
const instancePorts = [proxyPort + 1, proxyPort + 2];
const postgresPort = Number(process.env.CLUSTER_POSTGRES_PORT ?? 5433);
const redisPort = Number(process.env.CLUSTER_REDIS_PORT ?? 6380);
const proxyUrl = `http://127.0.0.1:${proxyPort}`;
const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";
const REDIS = process.env.REDIS_BIN ?? "/usr/bin/redis-server";

const children: ChildProcess[] = [];
let postgres: PostgresServer | null = null;
let stopping = false;

/** Stops every process this script started (synchronously, so it also runs on any exit). */
function stopChildren() {
  if (stopping) return;
  stopping = true;
  for (const child of [...children].reverse()) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  try {
    postgres?.stop();
  } catch (error) {
    console.error("cluster: stopping PostgreSQL:", error instanceof Error ? error.message : error);
  }
}

function stopAll(code: number): never {
  stopChildren();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(0));
// An uncaught error or a process.exit elsewhere must not leave PostgreSQL or Redis behind.
process.on("exit", stopChildren);

function fail(message: string): never {
  console.error(`cluster: ${message}`);
  stopAll(1);
}

for (const [name, file] of [["nginx", NGINX], ["redis-server", REDIS]]) {
  if (!existsSync(file!)) fail(`${name} is not installed (${file} is missing): apt-get install -y ${name === "nginx" ? "nginx" : "redis-server"}`);
}

/** A file in the cluster folder, created once with random content (the auth secret, passwords). */
function keptSecret(name: string): string {
  const file = path.join(dir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** A child that lives as long as the cluster; its exit is reported, and before start-up ends it stops everything. */
function keep(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (stopping) return;
    // One instance down is what the proxy is for; the cluster keeps serving from the other.
    console.error(`cluster: ${name} exited (${signal ?? `code ${code}`})`);
    if (!name.startsWith("instance")) stopAll(1);
  });
  if (child.pid) writeFileSync(path.join(dir, `${name}.pid`), `${child.pid}\n`);
  return child;
}

async function waitFor(url: string, what: string, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const answered = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then((response) => response.ok, () => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`${what} did not answer at ${url} within ${seconds} s`);
}

mkdirSync(dir, { recursive: true });

// PostgreSQL: the cluster in data/cluster/pg survives restarts; the app's database is created once.
// CLUSTER_FRESH=1 (the cluster tests and the benchmark) starts from an empty database.
postgres = startPostgresServer(path.join(dir, "pg"), postgresPort, { fresh: process.env.CLUSTER_FRESH === "1" });
const admin = new pg.Client({ connectionString: postgres.adminUrl });
await admin.connect();
const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'open_problems'");
if (exists.rowCount === 0) await admin.query("CREATE DATABASE open_problems");
await admin.end();
const databaseUrl = new URL(postgres.adminUrl);
databaseUrl.pathname = "/open_problems";
console.log(`cluster: PostgreSQL on 127.0.0.1:${postgresPort} (${path.relative(root, dir)}/pg)`);

// Redis: a cache only, so nothing is persisted. The cache handler needs expiry events
// (notify-keyspace-events Exe) to keep its tag map current, or requests wait for it.
const redisDir = path.join(dir, "redis");
mkdirSync(redisDir, { recursive: true });
const redisConfig = path.join(redisDir, "redis.conf");
writeFileSync(
  redisConfig,
  [`bind 127.0.0.1`, `port ${redisPort}`, `dir ${redisDir}`, `save ""`, `appendonly no`, `notify-keyspace-events Exe`, `daemonize no`, `maxmemory 256mb`, `maxmemory-policy allkeys-lru`, ""].join("\n"),
);
keep("redis", REDIS, [redisConfig]);
const redisUrl = `redis://127.0.0.1:${redisPort}`;

const appEnvironment: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl.toString(),
  REDIS_URL: redisUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  // Links in pages and mail, and Better Auth's origin check, name the proxy, not an instance.
  BETTER_AUTH_URL: proxyUrl,
  // Every instance must sign and read the same sessions and cache-invalidation tokens.
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? keptSecret("auth-secret"),
  // The client's address comes from nginx's X-Forwarded-For, and only from nginx.
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "127.0.0.1",
};

// Migrate and ingest once, before the build and any instance (both are also safe when instances race).
const migrate = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: "inherit", env: appEnvironment });
if (migrate.status !== 0) fail("prisma migrate deploy failed");
const database = createDatabaseClient(appEnvironment.DATABASE_URL!);
const ingest = await ingestContent(database, path.join(root, "content"));
await database.$disconnect();
if (!ingest.ok) {
  for (const error of ingest.errors) console.error(formatContentError(error));
  fail("content/ has errors; fix them and start again");
}
console.log(`cluster: ${formatIngestSummary(ingest)}`);

// One build for every instance: they then share the Server Action ids and encryption key. After
// ingest, because the build prerenders the public pages from the database.
try {
  buildWhenChanged(root, appEnvironment, "cluster");
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

instancePorts.forEach((port, index) => {
  // node with tsx's loader, not the tsx wrapper: the pid file then names the server itself, which
  // the cluster tests kill to prove the proxy serves on from the other instance.
  keep(`instance-${"ab"[index]}`, process.execPath, ["--import", "tsx", path.join("lib", "cli", "serve.mts")], {
    ...appEnvironment,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
  });
});
await Promise.all(instancePorts.map((port) => waitFor(`http://127.0.0.1:${port}/api/health`, `instance on ${port}`, 120)));

// nginx in the foreground (daemon off) with everything it writes in data/cluster/nginx.
const nginxDir = path.join(dir, "nginx");
mkdirSync(path.join(nginxDir, "temp"), { recursive: true });
// Its workers run as an unprivileged user when started as root; they write request bodies here.
chmodSync(path.join(nginxDir, "temp"), 0o777);
const nginxConfig = path.join(nginxDir, "nginx.conf");
writeFileSync(
  nginxConfig,
  `daemon off;
worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${nginxDir}/temp/body;
  proxy_temp_path ${nginxDir}/temp/proxy;
  fastcgi_temp_path ${nginxDir}/temp/fastcgi;
  uwsgi_temp_path ${nginxDir}/temp/uwsgi;
  scgi_temp_path ${nginxDir}/temp/scgi;
  client_max_body_size 1m;
  upstream app {
${instancePorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${proxyPort};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The instances check a write's Origin against this host, and trust these from 127.0.0.1 only.
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A dead instance refuses the connection: try the other. nginx never resends a POST that an
      # instance may already have received, so a write is not applied twice.
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`,
);
keep("nginx", NGINX, ["-p", nginxDir, "-c", nginxConfig, "-e", path.join(nginxDir, "error.log")]);
await waitFor(`${proxyUrl}/api/health`, "nginx", 20);
console.log(`cluster: ready on ${proxyUrl} (instances on ${instancePorts.join(" and ")}, Redis on ${redisPort}); Ctrl-C stops everything`);
