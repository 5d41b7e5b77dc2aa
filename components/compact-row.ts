// Shared by the server component that builds the rows and the client component that renders them,
// so it carries no "use client".

/**
 * One catalogue row as a tuple: number, title, the section heading that starts above it (only where
 * the section changes, so a run of rows names it once), difficulty, star, active claims working and
 * interested, open to collaborators, done claims, where a search matched its description and, only
 * when someone reported, the community's difficulty. Trailing empty values are left off
 * (toCompactRow). A client component gets its rows as this compact data, so the page's RSC payload
 * carries well under a hundred bytes per row instead of a second copy of every row's markup.
 */
export type CompactRow = [
  number: string,
  title: string,
  sectionStart?: string | null,
  difficulty?: string | null,
  exciting?: boolean | null,
  working?: number,
  interested?: number,
  open?: boolean,
  done?: number,
  snippet?: string | null,
  community?: [level: string, reports: number],
];

/** The tuple without its trailing empty values (null, 0, false), which the renderer reads as such. */
export function trimCompactRow(row: CompactRow): CompactRow {
  const trimmed = [...row];
  while (trimmed.length > 2 && !trimmed.at(-1)) trimmed.pop();
  return trimmed as CompactRow;
}
