import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A throwaway PostgreSQL server for the test suite, run as a project process from Debian's
 * packages (../shared/STACK.md): initdb + pg_ctl in a project folder, listening on 127.0.0.1 only,
 * its socket in that folder rather than /var/run/postgresql. initdb refuses to run as root, so as
 * root the server runs as the `postgres` user.
 */

const BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export type PostgresServer = { adminUrl: string; stop: () => void };

function asServerUser(command: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ["runuser", ["-u", "postgres", "--", path.join(BIN, command), ...args]] : [path.join(BIN, command), args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
}

/** Creates and starts a fresh server in `dir` (anything there before is removed) on `port`. */
export function startPostgresServer(dir: string, port: number): PostgresServer {
  if (!existsSync(path.join(BIN, "initdb"))) {
    throw new Error(`PostgreSQL is not installed (${BIN}/initdb is missing): apt-get install -y postgresql, or set TEST_POSTGRES_URL to a server's admin URL`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "sock"), { recursive: true });
  const password = randomBytes(18).toString("base64url");
  writeFileSync(path.join(dir, "password"), `${password}\n`, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    // The server user must reach the folder: every parent traversable, the folder its own.
    for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) chmodSync(parent, 0o755);
    const { uid, gid } = postgresUser();
    for (const entry of [dir, path.join(dir, "sock"), path.join(dir, "password")]) chownSync(entry, uid, gid);
  }
  const data = path.join(dir, "data");
  asServerUser("initdb", ["-D", data, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${path.join(dir, "password")}`, "-E", "UTF8", "--locale=C.UTF-8"]);
  // Durability is no concern for a database thrown away after the run: fsync off saves most of the
  // cost of creating a database per test file.
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${path.join(dir, "sock")} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  asServerUser("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", options, "start"]);
  return {
    adminUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => {
      asServerUser("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}
