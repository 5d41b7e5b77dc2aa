import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * A second server from the build Playwright's web server already made, on its own port and its
 * own fresh database, for tests that need a server in a particular state (just started, other
 * limits, a trusted proxy, mail on). Migrated, and ingested only when asked.
 */
export type SpawnedServer = { url: string; databaseFile: string; stop: () => Promise<void> };

export async function spawnServer(
  name: string,
  port: number,
  environment: Record<string, string> = {},
  options: { ingest?: boolean } = {},
): Promise<SpawnedServer> {
  const databaseFile = path.join(process.cwd(), "data", `e2e-${name}.db`);
  rmSync(databaseFile, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${databaseFile}`,
    PORT: String(port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    BETTER_AUTH_SECRET: readFileSync(path.join(process.cwd(), "data", "auth-secret"), "utf8").trim(),
    ...environment,
  };
  const migrate = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrate failed: ${migrate.stderr}`);
  if (options.ingest) {
    const ingest = spawnSync(path.join("node_modules", ".bin", "tsx"), [path.join("lib", "cli", "ingest.mts")], { env, encoding: "utf8" });
    if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  }
  const child: ChildProcess = spawn(path.join("node_modules", ".bin", "tsx"), [path.join("lib", "cli", "serve.mts")], { env, stdio: "pipe", detached: true });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = () => {
      if (output.includes("serve: ready")) return resolve();
      if (child.exitCode !== null || Date.now() > deadline) return reject(new Error(`server ${name} did not start:\n${output}`));
      setTimeout(poll, 100);
    };
    poll();
  });
  return {
    url,
    databaseFile,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
      rmSync(databaseFile, { force: true });
    },
  };
}
