/**
 * The key a problem's term is matched on: trimmed and lower-cased, so "GELU" and "gelu" meet.
 * Other spellings (plurals, hyphens) are matched through a glossary entry's aliases, not guessed.
 * The SQL in lib/glossary/queries.ts applies the same rule with lower(trim(...)); SQLite's lower()
 * folds ASCII only, which is all our terms use.
 */
export function termKey(term: string): string {
  return term.trim().toLowerCase();
}
