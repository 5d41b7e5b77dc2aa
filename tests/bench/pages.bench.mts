/**
 * `npm run bench:pages`: builds if needed and starts the app on SQLite with the real content and a
 * seeded community (300 users, about 2,000 claims, 171 on problem 5.9), then drives load with
 * autocannon against each route and against a static file of the same size served by the same
 * Next server from public/, in the same run, and prints route, bytes, req/s, p50, p99, errors and
 * the ratio to the static file. `--quick` is a seconds-long smoke for CI; `--duration N` and
 * `--connections N` change the load.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { createDatabaseClient } from "@/lib/database-client";
import { ingestContent } from "@/lib/ingest/ingest";
import { startApp, stopApp } from "./app-server";
import { clientJavaScriptBytes } from "./client-javascript";
import { seedCommunity } from "./seed";

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const quick = process.argv.includes("--quick");
const duration = Number(argument("duration") ?? (quick ? 1 : 10));
const connections = Number(argument("connections") ?? (quick ? 10 : 50));
const port = Number(argument("port") ?? 3500);
const base = `http://127.0.0.1:${port}`;
const root = process.cwd();
const databaseFile = path.join(root, "data", "bench.db");
const publicDir = path.join(root, "public", "bench");

type Route = { name: string; path: string; signedIn?: boolean };
const ROUTES: Route[] = quick
  ? [{ name: "/", path: "/" }, { name: "/problems/1.1", path: "/problems/1.1" }, { name: "/api/problems", path: "/api/problems" }]
  : [
      { name: "/", path: "/" },
      { name: "/ signed in", path: "/", signedIn: true },
      { name: "/?difficulty=A&unclaimed=1", path: "/?difficulty=A&unclaimed=1" },
      { name: "/problems/1.1", path: "/problems/1.1" },
      { name: "/problems/1.1 signed in", path: "/problems/1.1", signedIn: true },
      { name: "/problems/5.9 (171 claims)", path: "/problems/5.9" },
      { name: "/categories", path: "/categories" },
      { name: "/categories/learned-features", path: "/categories/learned-features" },
      { name: "/api/problems", path: "/api/problems" },
      { name: "/api/problems?difficulty=B&category=…", path: "/api/problems?difficulty=B&category=toy-language-models" },
      { name: "/api/problems/1.1", path: "/api/problems/1.1" },
    ];

const environment = {
  ...process.env,
  DATABASE_URL: `file:${databaseFile}`,
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  SIGN_UPS_PER_ADDRESS: "1000",
};

async function prepareDatabase() {
  rmSync(databaseFile, { force: true });
  rmSync(`${databaseFile}.created`, { force: true });
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  const migrate = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: environment, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`bench: migrate failed\n${migrate.stderr}`);
  const database = createDatabaseClient(environment.DATABASE_URL);
  const ingest = await ingestContent(database, path.join(root, "content"));
  if (!ingest.ok) throw new Error("bench: content/ is invalid; run npm run ingest");
  const seeded = await seedCommunity(database, { users: 300, claims: 2000, crowdedProblem: "5.9", crowdedClaims: 171 });
  await database.$disconnect();
  console.log(`bench: seeded ${seeded.users} users, ${seeded.claims} claims, ${seeded.requests} requests`);
}

/** A signed-in session cookie for a new user, through the real sign-up endpoint. */
async function signedInCookie(): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ name: "Bench Reader", email: `bench-${Date.now()}@bench.example`, password: "purple-otter-lamp-42" }),
  });
  if (!response.ok) throw new Error(`bench: sign-up failed with ${response.status}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections, duration, headers });
  // Total over elapsed time: the per-second average drops partial seconds, which misleads on short runs.
  return { requestsPerSecond: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

function assertClean(name: string, measured: { errors: number }) {
  if (measured.errors > 0) console.warn(`bench: ${name} had ${measured.errors} errors or non-2xx answers`);
}

await prepareDatabase();
let server = await startApp(environment, "bench");
const cookie = await signedInCookie();
const headersFor = (route: Route): Record<string, string> => (route.signedIn ? { cookie } : {});

// The static twins must exist when the server starts, so measure sizes, then restart with them.
const sizes = new Map<Route, number>();
for (const route of ROUTES) {
  const body = await (await fetch(`${base}${route.path}`, { headers: headersFor(route) })).arrayBuffer();
  sizes.set(route, body.byteLength);
}
await stopApp(server);
rmSync(publicDir, { recursive: true, force: true });
mkdirSync(publicDir, { recursive: true });
ROUTES.forEach((route, index) => writeFileSync(path.join(publicDir, `route-${index}.html`), "x".repeat(sizes.get(route)!)));

try {
  server = await startApp(environment, "bench");
  const started = performance.now();
  const firstResponse = await fetch(`${base}/`);
  const firstRequestMs = performance.now() - started;
  await firstResponse.arrayBuffer();
  const rows = [];
  for (const [index, route] of ROUTES.entries()) {
    await fetch(`${base}${route.path}`, { headers: headersFor(route) }).then((response) => response.arrayBuffer());
    const twin = await fetch(`${base}/bench/route-${index}.html`);
    const twinBytes = (await twin.arrayBuffer()).byteLength;
    if (twin.status !== 200 || twinBytes !== sizes.get(route)) throw new Error(`bench: the static twin of ${route.name} answered ${twin.status} with ${twinBytes} bytes`);
    const page = await load(`${base}${route.path}`, headersFor(route));
    const reference = await load(`${base}/bench/route-${index}.html`, {});
    assertClean(`the static twin of ${route.name}`, reference);
    rows.push({
      route: route.name,
      bytes: sizes.get(route)!,
      "req/s": Math.round(page.requestsPerSecond),
      "p50 ms": page.p50,
      "p99 ms": page.p99,
      errors: page.errors,
      "static req/s": Math.round(reference.requestsPerSecond),
      "ratio %": Math.round((100 * page.requestsPerSecond) / Math.max(reference.requestsPerSecond, 1)),
    });
  }
  console.log(`\nPages under load: ${connections} connections, ${duration} s per route and per static twin (same server, same run)`);
  console.table(rows);
  console.log(`first request of / after the server said ready: ${Math.round(firstRequestMs)} ms`);
  for (const pagePath of ["/", "/problems/1.1"]) {
    const javascript = await clientJavaScriptBytes(`${base}${pagePath}`);
    console.log(`JavaScript for ${pagePath}: ${javascript.files} files, ${(javascript.gzipBytes / 1024).toFixed(0)} KB gzipped`);
  }
} finally {
  await stopApp(server);
  rmSync(publicDir, { recursive: true, force: true });
}
