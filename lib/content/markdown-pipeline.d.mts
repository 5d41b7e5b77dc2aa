/** Renders a Markdown body to sanitised HTML. */
export function renderMarkdown(markdown: string): string;
