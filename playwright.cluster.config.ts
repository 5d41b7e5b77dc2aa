import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config";

/**
 * The cluster suite (npm run test:cluster): the end-to-end specs that speak only HTTP, then
 * tests/cluster/, against `npm run start:cluster` on its
 * own ports and folder: nginx on CLUSTER_TEST_PORT (default 4010), instances A and B on the next
 * two ports, PostgreSQL and Redis on 4120 and 4121, everything in data/cluster-test (fresh each run).
 */
const port = Number(process.env.CLUSTER_TEST_PORT ?? 4010);

export const CLUSTER_TEST_DIR = "data/cluster-test";

// These end-to-end specs reach past HTTP into a SQLite file (to age claims, seed a crowd) or start
// servers of their own on SQLite, so they run only in the single-instance suite (npm run test:e2e).
const SQLITE_ONLY_SPECS = ["crowded-problem", "freshness", "hardening", "living-claims", "notifications"];

export default defineConfig({
  ...baseConfig,
  timeout: 90_000,
  projects: [
    // The end-to-end suite through nginx and both instances first: the cluster tests kill instance B.
    {
      ...baseConfig.projects![0]!,
      name: "e2e-through-cluster",
      testDir: "tests/e2e",
      testIgnore: SQLITE_ONLY_SPECS.map((spec) => `**/${spec}.spec.ts`),
    },
    { ...baseConfig.projects![0]!, name: "cluster", testDir: "tests/cluster", dependencies: ["e2e-through-cluster"] },
  ],
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    // Every test sign-up comes from one address, so the per-address limits are raised; the
    // per-account sign-in limit is low, so that the test of it stays short.
    command: `CLUSTER_FRESH=1 CLUSTER_DIR=${CLUSTER_TEST_DIR} CLUSTER_PORT=${port} CLUSTER_POSTGRES_PORT=4120 CLUSTER_REDIS_PORT=4121 SIGN_IN_ATTEMPTS_PER_ACCOUNT=4 SIGN_IN_ATTEMPTS_PER_ADDRESS=1000 SIGN_UPS_PER_ADDRESS=1000 npx tsx lib/cli/cluster.mts`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    // SIGTERM lets lib/cli/cluster.mts stop PostgreSQL, which pg_ctl started outside this process tree.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
