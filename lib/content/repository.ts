/**
 * Where a problem's Markdown file lives in the project's repository, for "Suggest an edit":
 * maintainers curate content by pull request. CONTENT_REPO_URL is the repository's web address
 * (e.g. https://github.com/org/open-problems); unset, pages show no edit link.
 */

/** The file of a problem in this repository: content/problems/<number>.md, as README's "Editing content" names them. */
export function problemContentPath(number: string): string {
  return `content/problems/${number}.md`;
}

/** The web page for editing a problem's file on the main branch, or null when CONTENT_REPO_URL is unset. */
export function problemEditUrl(number: string, env: Record<string, string | undefined> = process.env): string | null {
  const repository = env.CONTENT_REPO_URL?.trim().replace(/\/+$/, "");
  if (!repository) return null;
  return `${repository}/blob/main/${problemContentPath(number)}`;
}
