/** Renders a Markdown body to sanitised HTML. */
export function renderMarkdown(markdown: string): string;
/** Renders Markdown a user typed to sanitised HTML: raw HTML and images dropped, links rel="nofollow ugc noopener". */
export function renderUserMarkdown(markdown: string): string;
