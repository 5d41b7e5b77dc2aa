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

/**
 * What people type (progress notes) goes through the same pipeline, then two more rules: no images
 * (a note must not make every reader's browser fetch a stranger's URL) and every link marked as user
 * content that gets no access to this page.
 * @returns {(tree: import("hast").Root) => void}
 */
function userContentLinks() {
  return (tree) => {
    /** @param {any} node */
    const walk = (node) => {
      if (!Array.isArray(node.children)) return;
      node.children = node.children.filter((child) => !(child.type === "element" && child.tagName === "img"));
      for (const child of node.children) {
        if (child.type === "element" && child.tagName === "a") child.properties = { ...child.properties, rel: ["nofollow", "ugc", "noopener"] };
        walk(child);
      }
    };
    walk(tree);
  };
}

const userMarkdownToHtml = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(userContentLinks)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders Markdown a user typed to sanitised HTML: raw HTML and images dropped, links rel="nofollow ugc noopener".
 * @param {string} markdown
 * @returns {string}
 */
export function renderUserMarkdown(markdown) {
  return String(userMarkdownToHtml.processSync(markdown));
}
