import { Feed } from "feed";
import { escapeHtml } from "@/lib/escape-html";
import type { FeedEvent } from "./events";

/** Turning feed events into an Atom document with the `feed` library (which writes and escapes the XML). */

export type FeedDescription = {
  title: string;
  subtitle: string;
  /** The page the feed follows (its rel="alternate"). */
  pageUrl: string;
  /** The feed's own address: its id and rel="self". */
  feedUrl: string;
};

export const SITE_NAME = "Open Problems";

function entryTitle(event: FeedEvent): string {
  const problem = `${event.problem.number}: ${event.problem.title}`;
  switch (event.kind) {
    case "claim":
      return `${event.author} claimed ${problem}`;
    case "note":
      return `Progress note by ${event.author} on ${problem}`;
    case "outcome":
      return `${event.author} finished ${problem}`;
    case "link":
      return `Existing work on ${problem}`;
    case "problem-added":
      return `New problem ${problem}`;
    case "problem-changed":
      return `Problem ${problem} was updated`;
  }
}

const paragraph = (text: string) => (text ? `<p>${escapeHtml(text)}</p>` : "");
const linkList = (urls: string[]) =>
  urls.length > 0 ? `<ul>${urls.map((url) => `<li><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></li>`).join("")}</ul>` : "";

function entryContent(event: FeedEvent): string {
  switch (event.kind) {
    case "claim":
      return paragraph(`Status: ${event.detail}.`);
    case "note":
      // Sanitised when the note was posted, as the problem page shows it.
      return `${event.noteHtml ?? ""}${linkList(event.urls)}`;
    default:
      return `${paragraph(event.detail)}${linkList(event.urls)}`;
  }
}

/** The Atom XML for these events (newest first). `updated` is the newest event's date, else `emptyUpdated`. */
export function renderAtomFeed(description: FeedDescription, events: FeedEvent[], origin: string, emptyUpdated: Date): string {
  const feed = new Feed({
    id: description.feedUrl,
    title: description.title,
    description: description.subtitle,
    link: description.pageUrl,
    feedLinks: { atom: description.feedUrl },
    updated: events[0]?.date ?? emptyUpdated,
    // Atom wants an author per entry; ingest's entries have no person, so the site stands in.
    author: { name: SITE_NAME, link: origin },
    generator: SITE_NAME,
  });
  for (const event of events) {
    const pageUrl = `${origin}/problems/${encodeURIComponent(event.problem.number)}`;
    feed.addItem({
      id: `${pageUrl}#${event.fragment}`,
      link: pageUrl,
      // The library writes titles as type="html": escaped, so a title reads as typed.
      title: escapeHtml(entryTitle(event)),
      date: event.date,
      content: entryContent(event),
      author: event.author ? [{ name: event.author }] : undefined,
    });
  }
  return feed.atom1();
}
