import type { LoadedGlossaryEntry } from "@/lib/content/load";
import { firstSentence, renderInThread, type RenderMarkdown } from "@/lib/content/markdown";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countsOf, planSync, type IngestCounts } from "./plan-sync";

function glossaryRow(entry: LoadedGlossaryEntry, definitionHtml: string, now: Date) {
  return {
    slug: entry.slug,
    term: entry.term,
    aliasesJson: JSON.stringify(entry.aliases),
    keysJson: JSON.stringify(entry.keys),
    linkUrl: entry.link ?? null,
    summary: firstSentence(entry.body),
    definitionHtml,
    contentHash: entry.contentHash,
    archivedAt: null,
    updatedAt: now,
  };
}

/** Brings the GlossaryEntry table in line with the glossary files; only new or changed ones are rendered. */
export async function syncGlossary(
  transaction: Prisma.TransactionClient,
  entries: LoadedGlossaryEntry[],
  now: Date,
  render: RenderMarkdown = renderInThread,
): Promise<IngestCounts> {
  const stored = await transaction.glossaryEntry.findMany({ select: { slug: true, contentHash: true, archivedAt: true } });
  const plan = planSync(
    entries.map((entry) => ({ key: entry.slug, contentHash: entry.contentHash, entry })),
    stored.map(({ slug, ...version }) => ({ key: slug, ...version })),
  );
  // A few hundred short definitions: one render in this thread and a statement per changed row are fine.
  const changed = [...plan.add, ...plan.update];
  const definitionsHtml = await render(changed.map(({ entry }) => entry.body));
  for (const [index, { key, entry }] of changed.entries()) {
    const row = glossaryRow(entry, definitionsHtml[index]!, now);
    if (index < plan.add.length) await transaction.glossaryEntry.create({ data: { ...row, createdAt: now } });
    else await transaction.glossaryEntry.update({ where: { slug: key }, data: row });
  }
  // Archived, not deleted, like problems: a removed entry's row stays, hidden from the glossary.
  await transaction.glossaryEntry.updateMany({ where: { slug: { in: plan.archive } }, data: { archivedAt: now } });
  return countsOf(plan);
}
