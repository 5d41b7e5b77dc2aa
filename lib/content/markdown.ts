import { renderMarkdown, renderUserMarkdown } from "./markdown-pipeline.mjs";
import { startRenderPool, type RenderPool } from "./render-pool";

export { renderMarkdown, renderUserMarkdown };

/** Lower-cased plain text for the free-text filter: Markdown punctuation and link targets removed. */
export function searchableText(...parts: string[]): string {
  return parts
    .join(" ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[#*_`>[\]|~-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
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
