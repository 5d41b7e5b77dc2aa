/** The letters of the glossary's jump navigation, in order; terms that start with anything else go under "#". */
export const GLOSSARY_LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"] as const;

export type GlossaryLetter = (typeof GLOSSARY_LETTERS)[number];

/** The letter a term is filed under: its first letter, upper-cased and without accents, or "#". */
export function letterOf(term: string): GlossaryLetter {
  const first = term.trim().normalize("NFD").charAt(0).toUpperCase();
  return (/^[A-Z]$/.test(first) ? first : "#") as GlossaryLetter;
}

/** Groups entries by letter in GLOSSARY_LETTERS order, keeping their order within a letter; empty letters are left out. */
export function groupByLetter<Entry extends { term: string }>(entries: Entry[]): { letter: GlossaryLetter; entries: Entry[] }[] {
  const byLetter = new Map<GlossaryLetter, Entry[]>();
  for (const entry of entries) {
    const letter = letterOf(entry.term);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  }
  return GLOSSARY_LETTERS.filter((letter) => byLetter.has(letter)).map((letter) => ({ letter, entries: byLetter.get(letter)! }));
}

/** The id of a letter's section on the glossary page, the target of its jump link. */
export function letterAnchor(letter: GlossaryLetter): string {
  return letter === "#" ? "letter-other" : `letter-${letter.toLowerCase()}`;
}
