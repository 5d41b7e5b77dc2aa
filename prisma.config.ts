process.env.DATABASE_URL ??= "file:./data/app.db";

import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { postgresCliAdapter } from "./lib/database/postgres-cli-adapter";

// Prisma 6.19's classic engine downloads native binaries, which this environment cannot do;
// the JS engine with a driver adapter runs fully offline. Prisma cannot take the provider from
// env(), so DATABASE_URL picks the schema (prisma/postgres/schema.prisma is a generated twin, see
// lib/database/postgres-twin.ts), its migrations folder and the adapter. lib/env.ts refuses any
// other kind of URL before the app gets here.
const url = process.env.DATABASE_URL;
const postgres = /^postgres(ql)?:\/\//.test(url);
const folder = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    return postgres ? postgresCliAdapter(url) : new PrismaBetterSQLite3({ url });
  },
});
