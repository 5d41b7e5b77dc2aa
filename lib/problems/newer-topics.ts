/**
 * Topics that became central to the field after the list was written (2022–23), so a search for
 * one finds nothing here by design, not because our search failed. Each has the words that name it
 * and the year it took off.
 */
const NEWER_TOPICS: { topic: string; year: number; pattern: RegExp }[] = [
  { topic: "sparse autoencoders", year: 2023, pattern: /\bsparse auto-?encoders?\b|\bsaes?\b/i },
  { topic: "transcoders", year: 2024, pattern: /\btranscoders?\b/i },
  { topic: "crosscoders", year: 2024, pattern: /\bcross-?coders?\b/i },
  { topic: "attribution graphs and circuit tracing", year: 2025, pattern: /\battribution graphs?\b|\bcircuit tracing\b/i },
  { topic: "steering vectors", year: 2023, pattern: /\bsteering vectors?\b|\bactivation steering\b|\bactivation addition\b/i },
  { topic: "representation engineering", year: 2023, pattern: /\brepresentation engineering\b/i },
];

/** The newer topic a search names, if any. */
export function newerTopicIn(query: string): { topic: string; year: number } | null {
  const found = NEWER_TOPICS.find(({ pattern }) => pattern.test(query));
  return found ? { topic: found.topic, year: found.year } : null;
}
