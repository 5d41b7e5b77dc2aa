/**
 * `npm run bench:cluster`: the catalogue, a problem page and the API under autocannon, on one
 * instance directly and on two behind nginx, in one run of `npm run start:cluster` (its own ports
 * and folder), with the share of the machine's CPU that PostgreSQL's processes used meanwhile.
 * Loopback only; every run is bounded (`--duration N` seconds per row, default 10; `--quick`: 1 s).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const quick = process.argv.includes("--quick");
const duration = Number(argument("duration") ?? (quick ? 1 : 10));
const connections = Number(argument("connections") ?? (quick ? 10 : 50));
const port = Number(process.env.BENCH_CLUSTER_PORT ?? 4030);
const dir = "data/cluster-bench";
const ROUTES = ["/", "/problems/1.1", "/api/problems"];

/** Total CPU ticks of the machine, and each `postgres` process's ticks by pid. */
function cpuTicks(): { total: number; postgres: Map<string, number> } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const postgres = new Map<string, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The name is in parentheses and may hold spaces; utime and stime follow at fixed places.
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (name !== "postgres") continue;
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      postgres.set(entry, Number(rest[11]) + Number(rest[12]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return { total: fields.reduce((sum, value) => sum + value, 0), postgres };
}

/** Waits for url to answer; gives up at once when the cluster script has exited (a failed build, say). */
/**
 * The ticks postgres processes used between two readings: each process's growth (a backend that
 * started meanwhile counts whole). A backend that ended meanwhile is not counted, so this is a lower
 * bound; summing totals instead would go negative when one ends.
 */
function postgresTicksBetween(before: Map<string, number>, after: Map<string, number>): number {
  let used = 0;
  for (const [pid, ticks] of after) used += Math.max(0, ticks - (before.get(pid) ?? 0));
  return used;
}

async function waitFor(url: string, seconds: number, gone: () => boolean) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (gone()) throw new Error("bench: the cluster stopped before it answered (its error is above)");
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`bench: ${url} did not answer within ${seconds} s`);
}

// node with tsx's loader, so that the SIGTERM below reaches the cluster script itself, which then
// stops everything it started (a signal to the whole group would also cut short its pg_ctl stop).
const cluster = spawn(process.execPath, ["--import", "tsx", "lib/cli/cluster.mts"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, CLUSTER_FRESH: "1", CLUSTER_DIR: dir, CLUSTER_PORT: String(port), CLUSTER_POSTGRES_PORT: "4130", CLUSTER_REDIS_PORT: "4131" },
});
const stop = () => {
  try {
    if (cluster.exitCode === null) cluster.kill("SIGTERM");
  } catch {
    // Already gone.
  }
};
process.on("exit", stop);

try {
  await waitFor(`http://127.0.0.1:${port}/api/health`, 600, () => cluster.exitCode !== null || cluster.signalCode !== null);
  const rows: string[][] = [];
  let pgTicks = 0;
  let allTicks = 0;
  for (const [label, base] of [["one instance", `http://127.0.0.1:${port + 1}`], ["two behind nginx", `http://127.0.0.1:${port}`]] as const) {
    for (const route of ROUTES) {
      const before = cpuTicks();
      const result = await autocannon({ url: `${base}${route}`, connections, duration });
      const after = cpuTicks();
      const postgresUsed = postgresTicksBetween(before.postgres, after.postgres);
      pgTicks += postgresUsed;
      allTicks += after.total - before.total;
      const share = after.total > before.total ? (postgresUsed / (after.total - before.total)) * 100 : 0;
      const errors = result.errors + result.timeouts + result.non2xx;
      rows.push([label, route, (result.requests.total / result.duration).toFixed(0), String(result.latency.p99), errors ? String(errors) : "0", `${share.toFixed(1)} %`]);
    }
  }
  console.log(`\nCluster under load: ${connections} connections, ${duration} s per row (loopback, ${readdirSync("/sys/devices/system/cpu").filter((name) => /^cpu\d+$/.test(name)).length} CPUs)`);
  const header = ["setup", "route", "req/s", "p99 ms", "errors", "PostgreSQL CPU"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
  console.log(`PostgreSQL's share of all CPU time over the run: ${allTicks ? ((pgTicks / allTicks) * 100).toFixed(1) : "0"} %`);
} finally {
  stop();
  // Let the cluster stop PostgreSQL and Redis before this process ends.
  await new Promise((resolve) => cluster.once("exit", resolve).once("error", resolve));
}
