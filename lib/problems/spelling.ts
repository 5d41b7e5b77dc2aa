import "server-only";
import { distance } from "fastest-levenshtein";
import { db } from "@/lib/db";
import { searchProblems } from "./search";

/**
 * "Did you mean …?" for a search that found nothing: each word that is not in our problems' text is
 * replaced by the nearest word of our problems' text (one edit for short words, two from eight
 * letters), and the corrected query is offered only if it finds something.
 */
export async function spellingSuggestion(query: string): Promise<string | null> {
  const vocabulary = await problemVocabulary();
  let changed = false;
  const corrected = query.split(" ").filter(Boolean).map((word) => {
    const lower = word.toLowerCase();
    // Short words, numbers and words we know (or the start of one, as typed) stay as they are.
    if (lower.length < 4 || /\d/.test(lower) || vocabulary.has(lower) || [...vocabulary.keys()].some((known) => known.startsWith(lower))) return word;
    const nearest = nearestWord(lower, vocabulary);
    changed ||= nearest !== null;
    return nearest ?? word;
  });
  if (!changed) return null;
  const suggestion = corrected.join(" ");
  return ((await searchProblems(suggestion)) ?? []).length > 0 ? suggestion : null;
}

/** The closest known word within the allowed edits, the more frequent one on a tie. */
export function nearestWord(word: string, vocabulary: Map<string, number>): string | null {
  const allowed = word.length >= 8 ? 2 : 1;
  let best: { word: string; edits: number; count: number } | null = null;
  for (const [candidate, count] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const edits = swapsTwoNeighbours(word, candidate) ? 1 : distance(word, candidate);
    if (edits > allowed || edits === 0) continue;
    if (!best || edits < best.edits || (edits === best.edits && count > best.count)) best = { word: candidate, edits, count };
  }
  return best?.word ?? null;
}

/** Whether b is a with two adjacent letters swapped ("haed", "head"): the commonest typo, one edit, not Levenshtein's two. */
function swapsTwoNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/** Every word of four letters or more in live problems' titles, terms and descriptions, with how often it occurs. */
async function problemVocabulary(): Promise<Map<string, number>> {
  const problems = await db.problem.findMany({ where: { archivedAt: null }, select: { title: true, termsJson: true, searchText: true } });
  const vocabulary = new Map<string, number>();
  for (const problem of problems) {
    for (const word of `${problem.title} ${problem.termsJson} ${problem.searchText}`.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
      vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    }
  }
  return vocabulary;
}
