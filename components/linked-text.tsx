import { LinkifyIt } from "linkify-it";
import type { ReactNode } from "react";

// Only links written out with http:// or https://. Fuzzy matching would turn "train.py" into
// http://train.py, and mailto:, ftp: and protocol-relative links are not ours to offer.
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false }).add("ftp:", null).add("mailto:", null).add("//", null);

/**
 * User text with its http(s) URLs as links. Built from React nodes, never as HTML, and the links
 * are marked as user content (rel nofollow ugc) that gets no access to this page (noopener).
 */
export function LinkedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let end = 0;
  for (const match of linkify.match(text) ?? []) {
    if (!/^https?:\/\//i.test(match.url)) continue;
    parts.push(text.slice(end, match.index));
    parts.push(
      <a key={match.index} href={match.url} rel="nofollow ugc noopener noreferrer" className="underline">
        {match.text}
      </a>,
    );
    end = match.lastIndex;
  }
  parts.push(text.slice(end));
  return <>{parts}</>;
}
