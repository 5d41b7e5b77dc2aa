// Plain JavaScript, not TypeScript, so that render-worker.mjs can load it in a worker thread
// without a TypeScript loader (under tsx, vitest and node alike); markdown.ts re-exports it.
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

/**
 * Renders a Markdown body to sanitised HTML.
 * @param {string} markdown
 * @returns {string}
 */
export function renderMarkdown(markdown) {
  return String(markdownToHtml.processSync(markdown));
}
