"use client";

import { snippetParts } from "@/lib/problems/snippet";
import { DifficultyBadge } from "./difficulty-badge";
import type { CompactRow } from "./compact-row";
import { ExcitingStar } from "./exciting-star";

export function ProblemRows({ rows }: { rows: CompactRow[] }) {
  return rows.map(([number, title, sectionStart, difficulty = null, exciting, working = 0, interested = 0, open, done = 0, snippet, community]) => (
    <li key={number} data-number={number} className="problem-row">
      {sectionStart && <span className="problem-section">{sectionStart}</span>}
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
