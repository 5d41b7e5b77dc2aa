/**
 * Writes problem frontmatter in one stable field order with JSON-quoted strings
 * (valid YAML), so that regenerated files produce small, readable diffs.
 */
export type ProblemFrontmatterInput = {
  number: string;
  title: string;
  category: string;
  subcategory?: string | null;
  difficulty?: string | null;
  exciting: boolean | null;
  source: string;
  terms?: string[];
};

export function serializeProblemFile(frontmatter: ProblemFrontmatterInput, body: string): string {
  const lines = [
    "---",
    `number: ${JSON.stringify(frontmatter.number)}`,
    `title: ${JSON.stringify(frontmatter.title)}`,
    `category: ${frontmatter.category}`,
  ];
  if (frontmatter.subcategory) lines.push(`subcategory: ${JSON.stringify(frontmatter.subcategory)}`);
  if (frontmatter.difficulty) lines.push(`difficulty: ${frontmatter.difficulty}`);
  lines.push(`exciting: ${frontmatter.exciting}`);
  lines.push(`source: ${frontmatter.source}`);
  if (frontmatter.terms && frontmatter.terms.length > 0) {
    lines.push(`terms: [${frontmatter.terms.map((term) => JSON.stringify(term)).join(", ")}]`);
  }
  lines.push("---", "", body.trim(), "");
  return lines.join("\n");
}
