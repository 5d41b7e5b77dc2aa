import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markDatabaseCreated, vanishedDatabaseWarning } from "@/lib/cli/vanished-database";

describe("vanishedDatabaseWarning", () => {
  it("stays quiet on a first start and while the database is there, and warns loudly once it vanished", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "vanished-"));
    const file = path.join(dir, "app.db");
    expect(vanishedDatabaseWarning(file)).toBeNull();
    writeFileSync(file, "");
    markDatabaseCreated(file, new Date("2026-11-01T10:00:00Z"));
    markDatabaseCreated(file, new Date("2026-12-01T10:00:00Z"));
    expect(vanishedDatabaseWarning(file)).toBeNull();
    rmSync(file);
    const warning = vanishedDatabaseWarning(file);
    expect(warning).toContain(`the database ${file} (created 2026-11-01T10:00:00.000Z) is missing`);
    expect(warning).toContain("NEW, EMPTY database");
    rmSync(dir, { recursive: true, force: true });
  });
});
