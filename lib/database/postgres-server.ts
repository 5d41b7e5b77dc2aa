import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A PostgreSQL server run as a project process from Debian's packages (../shared/STACK.md):
 * initdb + pg_ctl in a project folder, listening on 127.0.0.1 only, its socket in that folder
 * rather than /var/run/postgresql. initdb refuses to run as root, so as root the server runs as the
 * `postgres` user. Used by the test suite (a throwaway server) and by `npm run start:cluster`.
 */

const BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export type PostgresServer = { adminUrl: string; dataDir: string; stop: () => void };

export type PostgresServerOptions = {
  /** Remove whatever `dir` holds first (tests); otherwise an existing cluster is started again. */
  fresh?: boolean;
  /** Trade durability for speed (fsync off): for a database thrown away after the run. */
  throwaway?: boolean;
};

function asServerUser(command: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ["runuser", ["-u", "postgres", "--", path.join(BIN, command), ...args]] : [path.join(BIN, command), args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
}

/** Starts a server in `dir` on `port`, creating the cluster first when `dir` has none. */
export function startPostgresServer(dir: string, port: number, options: PostgresServerOptions = {}): PostgresServer {
  if (!existsSync(path.join(BIN, "initdb"))) {
    throw new Error(`PostgreSQL is not installed (${BIN}/initdb is missing): apt-get install -y postgresql, or set TEST_POSTGRES_URL to a server's admin URL`);
  }
  const data = path.join(dir, "data");
  const passwordFile = path.join(dir, "password");
  // A server left by a run that was killed outright (no chance to stop it) still holds the port.
  if (existsSync(path.join(data, "postmaster.pid"))) {
    try {
      asServerUser("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // Not running after all: a stale pid file, which pg_ctl start replaces.
    }
  }
  if (options.fresh) rmSync(dir, { recursive: true, force: true });
  if (!existsSync(path.join(data, "PG_VERSION"))) createCluster(dir, data, passwordFile);
  const password = readFileSync(passwordFile, "utf8").trim();
  // Durability is no concern for a database thrown away after the run: fsync off saves most of the
  // cost of creating a database per test file.
  const throwaway = options.throwaway ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "";
  const settings = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${path.join(dir, "sock")} -c max_connections=300${throwaway}`;
  asServerUser("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", settings, "start"]);
  return {
    adminUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    dataDir: data,
    stop: () => {
      // A throwaway server needs no clean shutdown; a kept one does (no recovery at the next start).
      asServerUser("pg_ctl", ["-D", data, "-m", options.throwaway ? "immediate" : "fast", "-w", "stop"]);
      // A server left by a run that was killed outright (no chance to stop it) still holds the port.
  if (existsSync(path.join(data, "postmaster.pid"))) {
    try {
      asServerUser("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // Not running after all: a stale pid file, which pg_ctl start replaces.
    }
  }
  if (options.fresh) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function createCluster(dir: string, data: string, passwordFile: string) {
  rmSync(data, { recursive: true, force: true });
  mkdirSync(path.join(dir, "sock"), { recursive: true });
  writeFileSync(passwordFile, `${randomBytes(18).toString("base64url")}\n`, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    // The server user must reach the folder: every parent traversable, the folder its own.
    for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) chmodSync(parent, 0o755);
    const { uid, gid } = postgresUser();
    for (const entry of [dir, path.join(dir, "sock"), passwordFile]) chownSync(entry, uid, gid);
  }
  asServerUser("initdb", ["-D", data, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${passwordFile}`, "-E", "UTF8", "--locale=C.UTF-8"]);
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}
