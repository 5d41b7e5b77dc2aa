import type { LoadedCategory } from "@/lib/content/load";
import { renderInThread, type RenderMarkdown } from "@/lib/content/markdown";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countsOf, planSync, type IngestCounts } from "./plan-sync";

function categoryRow(category: LoadedCategory, bodyHtml: string, now: Date) {
  return {
    slug: category.slug,
    position: category.order,
    title: category.title,
    summary: category.summary,
    sourceUrl: category.source,
    bodyHtml,
    contentHash: category.contentHash,
    archivedAt: null,
    updatedAt: now,
  };
}

/** Brings the Category table in line with the category files; only new or changed ones are rendered. */
export async function syncCategories(
  transaction: Prisma.TransactionClient,
  categories: LoadedCategory[],
  now: Date,
  render: RenderMarkdown = renderInThread,
): Promise<IngestCounts> {
  const stored = await transaction.category.findMany({ select: { slug: true, contentHash: true, archivedAt: true } });
  const plan = planSync(
    categories.map((category) => ({ key: category.slug, contentHash: category.contentHash, category })),
    stored.map(({ slug, ...version }) => ({ key: slug, ...version })),
  );
  // A category table holds at most 99 rows (order is 1 to 99), so one render and a statement per row are fine.
  const changed = [...plan.add, ...plan.update];
  const bodiesHtml = await render(changed.map(({ category }) => category.body));
  for (const [index, { key, category }] of changed.entries()) {
    const row = categoryRow(category, bodiesHtml[index]!, now);
    if (index < plan.add.length) await transaction.category.create({ data: { ...row, createdAt: now } });
    else await transaction.category.update({ where: { slug: key }, data: row });
  }
  await transaction.category.updateMany({ where: { slug: { in: plan.archive } }, data: { archivedAt: now } });
  return countsOf(plan);
}
