/**
 * Serves the built app (what `next start` does), behind a guard that runs before Next sees a
 * request: it decides who the client is (lib/http/client-address.ts), refuses forged, oversized or
 * cross-site writes with a 4xx and answers 503 while the database file is missing
 * (lib/http/request-guard.ts). `npm start` runs this after building.
 */
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClient } from "@/lib/http/client-address";
import { guardRequest } from "@/lib/http/request-guard";
import { databaseFilePath, readEnvironment } from "@/lib/env";

const environment = readEnvironment();
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const databaseFile = databaseFilePath(environment.DATABASE_URL);
const MAX_BODY_BYTES = 256 * 1024;

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

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  const { https } = prepareHeaders(request);
  if (https) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  const refusal = guardRequest(request.method ?? "GET", pathname, request.headers, {
    maxBodyBytes: MAX_BODY_BYTES,
    expectedHost: (request.headers["x-forwarded-host"] as string | undefined) ?? request.headers.host,
    databasePresent: () => databaseFile === null || existsSync(databaseFile),
  });
  if (refusal) {
    // Tell the client we will not read the rest of a refused body, then stop.
    response.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
    response.end(`${refusal.message}\n`);
    request.resume();
    return;
  }
  void handle(request, response);
}).listen(port, hostname, () => {
  console.log(`serve: ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (database ${path.relative(process.cwd(), databaseFile ?? "") || environment.DATABASE_URL})`);
});
