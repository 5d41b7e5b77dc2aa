import { renderMarkdown, renderUserMarkdown } from "./markdown-pipeline.mjs";
import { startRenderPool, type RenderPool } from "./render-pool";

export { renderMarkdown, renderUserMarkdown };

/** Plain text for full-text search and its snippets: Markdown punctuation and link targets removed. */
export function searchableText(markdown: string): string {
  return markdown
    // A heading runs into the paragraph after it; a colon keeps "How to start: Write…" readable.
    .replace(/^#+\s*(.*?[^.:!?\s])\s*$/gm, "$1:")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[#*_`>[\]|~]+|(?<!\w)-+|-+(?!\w)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The first sentence of a Markdown text as plain text (link targets and Markdown punctuation
 * removed), for a one-line summary. A sentence ends at . ! or ? followed by a space or the end.
 */
export function firstSentence(markdown: string, maxLength = 300): string {
  const text = markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[*_`>[\]#|~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length <= maxLength ? sentence : `${sentence.slice(0, maxLength - 1).trimEnd()}…`;
}

/** Renders many Markdown bodies, in order; ingest takes one of these so that tests can count renders. */
export type RenderMarkdown = (bodies: string[]) => Promise<string[]>;

/** Renders in this thread. */
export const renderInThread: RenderMarkdown = async (bodies) => bodies.map(renderMarkdown);

// A worker costs 0.1-0.3 s to start (it loads the unified pipeline) and rendering a body 1-2 ms,
// so below this many bodies this thread finishes sooner; measured on 2 cores with 334 files.
const WORKER_THRESHOLD = 1000;

/** The renderer for `count` bodies: a worker pool when there are enough to pay for it, else this thread. */
export function rendererFor(count: number): RenderPool {
  if (count >= WORKER_THRESHOLD) return startRenderPool();
  return { render: renderInThread, close: async () => {} };
}
