import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium (see .ci/run); Playwright's own browser download cannot work offline.
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-features=AutofillServerCommunication,DnsOverHttps",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
      },
    },
  ],
  webServer: {
    // The real start-up path on its own database file: migrate, ingest, build when needed, serve.
    // Every test sign-up comes from one address, so the per-address limits are raised here only.
    command: `rm -f data/e2e.db data/e2e.db.created && DATABASE_URL=file:./data/e2e.db PORT=${port} SIGN_IN_ATTEMPTS_PER_ADDRESS=1000 SIGN_UPS_PER_ADDRESS=1000 npx tsx lib/cli/start.mts`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
