import type { Database } from "@/lib/database-client";
import { loadContent, type ContentError } from "@/lib/content/load";
import type { RenderMarkdown } from "@/lib/content/markdown";
import { syncCategories } from "./categories";
import { syncGlossary } from "./glossary";
import { lockIngest } from "./lock";
import type { IngestCounts } from "./plan-sync";
import { syncProblems } from "./problems";

export type { IngestCounts } from "./plan-sync";

export type IngestResult =
  | { ok: true; problems: IngestCounts; categories: IngestCounts; glossary: IngestCounts }
  | { ok: false; errors: ContentError[] };

export type IngestOptions = {
  /** The time written to new, changed and archived rows. */
  now?: Date;
  /** Renders Markdown bodies to HTML (tests pass one that counts); by default this thread, or workers for many. */
  render?: RenderMarkdown;
};

// Changed files are rendered inside the transaction (in chunks, to bound memory), which takes far
// longer than Prisma's 5 s default when thousands changed: 10,000 new files take seconds to render.
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/**
 * Validates all content under contentDir, then writes it in one transaction: new rows are added,
 * changed rows updated, rows whose file is gone archived (never deleted, so claims keep their
 * problem), and unchanged rows left untouched and not rendered. Invalid content writes nothing.
 */
export async function ingestContent(database: Database, contentDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const { now = new Date() } = options;
  const content = await loadContent(contentDir);
  if (!content.ok) return content;

  return database.$transaction(
    async (transaction) => {
      // Before the first read: a concurrent ingest (another instance starting) must commit first.
      await lockIngest(transaction);
      // Categories first: problems reference them.
      const categories = await syncCategories(transaction, content.categories, now, options.render);
      const problems = await syncProblems(transaction, content.problems, now, options.render);
      const glossary = await syncGlossary(transaction, content.glossary, now, options.render);
      return { ok: true as const, problems, categories, glossary };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/** The one-line summary the ingest command prints. */
export function formatIngestSummary(result: Extract<IngestResult, { ok: true }>): string {
  const line = (counts: IngestCounts) =>
    `${counts.added} added, ${counts.updated} updated, ${counts.archived} archived, ${counts.unchanged} unchanged`;
  return `ingest: problems ${line(result.problems)}; categories ${line(result.categories)}; glossary ${line(result.glossary)}`;
}
