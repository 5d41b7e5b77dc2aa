"use client";

import { snippetParts } from "@/lib/problems/snippet";
import { DifficultyBadge } from "./difficulty-badge";
import { ExcitingStar } from "./exciting-star";

/**
 * One catalogue row as a tuple: number, title, section, difficulty, star, active claims working and
 * interested, open to collaborators, done claims, where a search matched its description and, only
 * when someone reported, the community's difficulty. A client component gets its rows as this compact data, so the page's RSC payload
 * carries about a hundred bytes per row instead of a second copy of every row's markup.
 */
export type CompactRow = [
  number: string,
  title: string,
  subcategory: string | null,
  difficulty: string | null,
  exciting: boolean | null,
  working: number,
  interested: number,
  open: boolean,
  done: number,
  snippet: string | null,
  community?: [level: string, reports: number],
];

export function ProblemRows({ rows }: { rows: CompactRow[] }) {
  // A section name shows once, above the first row of its run, not on every row.
  return rows.map(([number, title, subcategory, difficulty, exciting, working, interested, open, done, snippet, community], index) => (
    <li key={number} data-number={number} className="problem-row">
      {subcategory && subcategory !== rows[index - 1]?.[2] && <span className="problem-section">{subcategory}</span>}
      {/* A plain link: hundreds of next/link components would each hydrate and prefetch. */}
      <a href={`/problems/${number}`}>
        <span className="problem-number">{number}</span>
        <span>
          <span className="problem-title">{title}</span>
          {exciting && <> <ExcitingStar /></>}
          {snippet && (
            <span className="problem-snippet">
              {snippetParts(snippet).map((part, partIndex) => (part.marked ? <mark key={partIndex}>{part.text}</mark> : part.text))}
            </span>
          )}
        </span>
        <span className="problem-aside">
          {/* In words, not a tooltip: touch users cannot hover. */}
          {working + interested > 0 && (
            <span className="claim-pill">
              {[working > 0 && `${working} working`, interested > 0 && `${interested} interested`].filter(Boolean).join(" · ")}
              {open && <> · <span className="claim-pill-open">looking for collaborators</span></>}
            </span>
          )}
          {done > 0 && <span className="done-pill">done by {done}</span>}
          {/* Apart from the author's badge beside it: what people who worked on it report. */}
          {community && (
            <span className="community-pill" title={`Community difficulty: mostly ${community[0]}, from ${community[1]} who worked on it`}>
              {community[1]} say {community[0]}
            </span>
          )}
          <DifficultyBadge difficulty={difficulty} />
        </span>
      </a>
    </li>
  ));
}
