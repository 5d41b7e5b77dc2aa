/**
 * Serves the built app (what `next start` does), behind a guard that runs before Next sees a
 * request: it decides who the client is (lib/http/client-address.ts), refuses forged, oversized or
 * cross-site writes with a 4xx and answers 503 while the database file is missing
 * (lib/http/request-guard.ts). `npm start` runs this after building. Once it serves, it also runs
 * the notification sweep and mail delivery every NOTIFY_INTERVAL_MS (lib/mail/mail-worker.ts).
 */
import { existsSync } from "node:fs";
import { createServer, IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClient } from "@/lib/http/client-address";
import { isServerActionPost, malformedActionBody } from "@/lib/http/action-body";
import { guardRequest } from "@/lib/http/request-guard";
import { databaseFilePath, describeDatabase, readEnvironment } from "@/lib/env";
import { readAuthSecret } from "@/lib/auth/secret";
import { CACHE_INVALIDATION_PATH, requestCacheInvalidation } from "@/lib/cache/invalidation-token";
import { ALL_CACHE_TAG_NAMES } from "@/lib/cache/tag-names";
import { createDatabaseClient, type Database } from "@/lib/database-client";
import { describeSmtpServer, mailSettings, notifyIntervalMs } from "@/lib/mail/config";
import { startMailWorker } from "@/lib/mail/mail-worker";

const environment = readEnvironment();
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const databaseFile = databaseFilePath(environment.DATABASE_URL);
const MAX_BODY_BYTES = 256 * 1024;

// Read before anything starts, so that a mistyped SMTP_URL stops the start with its name rather
// than surfacing as failed mail hours later.
const mail = (() => {
  try {
    return { settings: mailSettings(), intervalMs: notifyIntervalMs() };
  } catch (error) {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();

// Headers only a proxy may set: from anyone else they are forgeries (a forged X-Forwarded-Host
// would also defeat Next's own origin check for server actions).
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** Replaces what a client may not say about itself; returns whether the request came over https. */
function prepareHeaders(request: IncomingMessage): { https: boolean } {
  const forwardedFor = request.headers["x-forwarded-for"];
  const client = resolveClient(request.socket.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, trustedProxies);
  if (!client.viaTrustedProxy) for (const name of PROXY_HEADERS) delete request.headers[name];
  request.headers[CLIENT_ADDRESS_HEADER] = client.address;
  return { https: "encrypted" in request.socket || request.headers["x-forwarded-proto"] === "https" };
}

// A refused body is read and dropped up to this size, so that the client, still sending, gets to
// read our answer; beyond it the connection is closed instead.
const MAX_DRAINED_BYTES = 8 * 1024 * 1024;

function refuse(request: IncomingMessage, response: ServerResponse, status: number, message: string) {
  const announced = Number(request.headers["content-length"] ?? 0);
  const close = !(announced <= MAX_DRAINED_BYTES);
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...(close ? { connection: "close" } : {}) });
  response.end(`${message}\n`);
  if (close) request.destroy();
  else request.resume();
}

/**
 * Reads a server-action body (at most MAX_BODY_BYTES, checked before), refuses it with 400 when it
 * cannot be decoded, and otherwise hands Next a request that replays the same bytes.
 */
async function checkedActionRequest(request: IncomingMessage, response: ServerResponse): Promise<IncomingMessage | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const problem = await malformedActionBody(request.headers["content-type"] ?? "", body, Boolean(request.headers["next-action"]));
  if (problem) {
    refuse(request, response, 400, `Bad request: ${problem}`);
    return null;
  }
  const replay = new IncomingMessage(request.socket);
  // complete: the body has arrived in full; otherwise destroying this stream (as a stream pipeline
  // does when done) would destroy the shared socket and the response with it.
  Object.assign(replay, { complete: true, method: request.method, url: request.url, headers: request.headers, rawHeaders: request.rawHeaders, httpVersion: request.httpVersion, httpVersionMajor: request.httpVersionMajor, httpVersionMinor: request.httpVersionMinor });
  replay.push(body);
  replay.push(null);
  return replay;
}

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * The cache on disk may predate this start: the build prerendered pages from whatever the database
 * held then, ingest may have run since, and tag expiries live only in a server's memory. So every
 * tag is expired before the first request is answered, then the main pages are rendered once, so
 * that the first visitor does not wait for a render.
 */
let cachesReady!: () => void;
const cachesPrepared = new Promise<void>((resolve) => (cachesReady = resolve));
const selfUrl = `http://127.0.0.1:${port}`;
const WARM_PATHS = ["/", "/categories", "/api/problems"];

async function prepareCaches() {
  if (!(await requestCacheInvalidation(selfUrl, ALL_CACHE_TAG_NAMES, readAuthSecret()))) {
    throw new Error("serve: could not expire the cache at start-up");
  }
  cachesReady();
  const started = performance.now();
  for (const warmPath of WARM_PATHS) await fetch(new URL(warmPath, selfUrl)).then((answer) => answer.arrayBuffer());
  return Math.round(performance.now() - started);
}

createServer(async (request, response) => {
  if (request.url !== CACHE_INVALIDATION_PATH) await cachesPrepared;
  const { https } = prepareHeaders(request);
  if (https) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  const refusal = guardRequest(request.method ?? "GET", pathname, request.headers, {
    maxBodyBytes: MAX_BODY_BYTES,
    expectedHost: (request.headers["x-forwarded-host"] as string | undefined) ?? request.headers.host,
    databasePresent: () => databaseFile === null || existsSync(databaseFile),
  });
  if (refusal) return refuse(request, response, refusal.status, refusal.message);
  if (!isServerActionPost(request.method ?? "GET", pathname, request.headers)) return handle(request, response);
  try {
    const checked = await checkedActionRequest(request, response);
    if (checked) await handle(checked, response);
  } catch (error) {
    // The client went away or sent a broken stream; nothing reached the app.
    if (!response.headersSent) refuse(request, response, 400, "Bad request: the body could not be read.");
    else console.error("serve:", error);
  }
}).listen(port, hostname, async () => {
  const warmMs = await prepareCaches().catch((error: unknown) => {
    // Serving pages that may be stale, or holding every request forever, are both worse than stopping.
    console.error("serve: could not prepare the caches:", error);
    process.exit(1);
  });
  console.log(`serve: caches expired and ${WARM_PATHS.length} pages rendered in ${warmMs} ms`);
  console.log(`serve: ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (database ${path.relative(process.cwd(), databaseFile ?? "") || describeDatabase(environment.DATABASE_URL)})`);
  startNotifications();
});

/**
 * The app's own Prisma client, which lib/db.ts keeps on globalThis once a request has used it (the
 * warm-up above has). The worker must share it: better-sqlite3 waits for a lock synchronously, so a
 * second connection in this one thread that met the app's open transaction would stall the server.
 */
function appDatabase(): Database {
  const shared = (globalThis as { database?: Database }).database;
  if (shared) return shared;
  console.warn("serve: the app's database client was not found; the mail worker opens its own");
  return createDatabaseClient(environment.DATABASE_URL);
}

/** The sweep and mail delivery, once now and then every interval. */
function startNotifications() {
  const { settings, intervalMs } = mail;
  startMailWorker({
    database: appDatabase(),
    intervalMs,
    settings,
    // While the file is missing (see the request guard) a query would create an empty one.
    canRun: () => databaseFile === null || existsSync(databaseFile),
  });
  const every = `every ${intervalMs / 1000} s`;
  console.log(
    settings
      ? `serve: mail on via ${describeSmtpServer(settings)} from ${settings.from}; notifications swept and mail sent ${every}`
      : `serve: mail off (SMTP_URL not set): notifications go to inboxes only, swept ${every}`,
  );
}
