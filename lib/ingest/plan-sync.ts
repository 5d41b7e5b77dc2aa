export type IngestCounts = { added: number; updated: number; archived: number; unchanged: number };

type StoredVersion = { key: string; contentHash: string; archivedAt: Date | null };

export type SyncPlan<Item> = { add: Item[]; update: Item[]; archive: string[]; unchanged: number };

/**
 * Decides what one table needs: items with no row are added, items whose hash changed (or whose
 * row was archived) are updated, live rows with no item are archived, and the rest are unchanged.
 */
export function planSync<Item extends { key: string; contentHash: string }>(items: Item[], stored: StoredVersion[]): SyncPlan<Item> {
  const storedByKey = new Map(stored.map((row) => [row.key, row]));
  const plan: SyncPlan<Item> = { add: [], update: [], archive: [], unchanged: 0 };
  for (const item of items) {
    const row = storedByKey.get(item.key);
    storedByKey.delete(item.key);
    if (!row) plan.add.push(item);
    else if (row.contentHash !== item.contentHash || row.archivedAt) plan.update.push(item);
    else plan.unchanged += 1;
  }
  plan.archive = [...storedByKey.values()].filter((row) => !row.archivedAt).map((row) => row.key);
  return plan;
}

/** What a plan did, for the ingest summary. */
export function countsOf(plan: SyncPlan<unknown>): IngestCounts {
  return { added: plan.add.length, updated: plan.update.length, archived: plan.archive.length, unchanged: plan.unchanged };
}
