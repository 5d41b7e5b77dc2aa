import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside Next's server bundle; in tests the code runs on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only-stub.ts"),
      // Next's cache exists only inside a Next server; see the file for what that means for tests.
      "next/cache": path.resolve(import.meta.dirname, "tests/helpers/next-cache-outside-next.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    // TEST_DATABASE=postgres (npm run test:unit:postgres) runs the same suite on a PostgreSQL server
    // this setup starts; tests/helpers/database.ts then gives each test file its own database.
    globalSetup: process.env.TEST_DATABASE === "postgres" ? ["tests/helpers/postgres-global-setup.ts"] : [],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
