import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** Starts the app as `npm start` does (migrate, ingest, build if needed, serve) and waits until it is ready. */
export async function startApp(environment: NodeJS.ProcessEnv, label: string): Promise<ChildProcess> {
  const root = process.cwd();
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join("lib", "cli", "start.mts")], { env: environment, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 15 * 60_000;
  while (!output.includes("serve: ready")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${label}: the server did not start\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return child;
}

/** Stops what startApp started (the whole process group) and waits for it to exit. */
export async function stopApp(child: ChildProcess) {
  process.kill(-child.pid!, "SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}
