import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Raw HTML in content is dropped (remark-rehype leaves it out by default) and the result is
// sanitised with GitHub's schema, so a content file can never inject script into a page.
const markdownToHtml = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

/** Renders a Markdown body to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return String(markdownToHtml.processSync(markdown));
}

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
