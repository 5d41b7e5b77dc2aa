import { describe, expect, it } from "vitest";
import { planSync } from "@/lib/ingest/plan-sync";

const stored = (key: string, contentHash: string, archivedAt: Date | null = null) => ({ key, contentHash, archivedAt });

describe("planSync", () => {
  it("adds new items, updates changed or archived ones, archives gone rows and counts the rest", () => {
    const plan = planSync(
      [
        { key: "1.1", contentHash: "same" },
        { key: "1.2", contentHash: "new-hash" },
        { key: "1.3", contentHash: "back" },
        { key: "1.4", contentHash: "fresh" },
      ],
      [stored("1.1", "same"), stored("1.2", "old-hash"), stored("1.3", "back", new Date()), stored("1.9", "gone"), stored("1.8", "long gone", new Date())],
    );
    expect(plan.add.map((item) => item.key)).toEqual(["1.4"]);
    expect(plan.update.map((item) => item.key)).toEqual(["1.2", "1.3"]);
    expect(plan.archive).toEqual(["1.9"]);
    expect(plan.unchanged).toBe(1);
  });
});
