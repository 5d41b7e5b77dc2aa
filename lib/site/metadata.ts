import type { Metadata } from "next";
import { appBaseUrl } from "@/lib/mail/config";

/**
 * What a shared link shows: one definition of a page's title, description, canonical URL, feed
 * and Open Graph / Twitter card tags, so every page says them the same way.
 *
 * URLs are absolute from the site's base URL (BETTER_AUTH_URL, else http://localhost:PORT). Public
 * pages are rendered once and cached, so the URL in them is the one set when they were built:
 * lib/cli/start.mts rebuilds when it changes.
 */

export const SITE_NAME = "Open Problems in Mechanistic Interpretability";

export const CATALOGUE_DESCRIPTION =
  "Browse the 200 Concrete Open Problems in Mechanistic Interpretability, filter by category and difficulty, and find a problem nobody is working on yet.";

/** The site's origin as a URL, for `metadataBase`. */
export function siteUrl(): URL {
  return new URL(appBaseUrl());
}

type PageMetadataInput = {
  /** The page's own title (the layout's template adds the site's name). */
  title: string;
  description: string;
  /** The canonical path, e.g. `/problems/1.12`. */
  path: string;
  /** The path of the page's Atom feed, linked as `<link rel="alternate" type="application/atom+xml">`. */
  feed?: string;
  /** The path of the share image; without one the card is a summary without a large image. */
  image?: { path: string; alt: string };
  type?: "website" | "article";
  /** The title as it is, without the layout's " · Open Problems in MI" (for the home page, whose title is the site's name). */
  absoluteTitle?: boolean;
};

/** Title, description, canonical URL, feed alternate and Open Graph / Twitter tags of one page. */
export function pageMetadata({ title, description, path, feed, image, type = "website", absoluteTitle = false }: PageMetadataInput): Metadata {
  const images = image ? [{ url: image.path, width: 1200, height: 630, alt: image.alt }] : undefined;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path, ...(feed ? { types: { "application/atom+xml": [{ url: feed, title: `${title}: recent activity` }] } } : {}) },
    openGraph: { title, description, url: path, siteName: SITE_NAME, type, ...(images ? { images } : {}) },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, ...(images ? { images } : {}) },
  };
}

/** The catalogue's metadata for a catalogue key (lib/problems/filter.ts): each valid filter is its own canonical page. */
export function catalogueMetadata(filterKey: string): Metadata {
  const query = filterKey && !filterKey.startsWith("!") ? `?${filterKey}` : "";
  return pageMetadata({ title: SITE_NAME, absoluteTitle: true, description: CATALOGUE_DESCRIPTION, path: `/${query}`, feed: "/feed.xml" });
}

/** A description of at most `max` characters from sanitised HTML: its first paragraph's first sentence (or as many words as fit). */
export function describeHtml(html: string, max = 200): string {
  const firstParagraph = html.match(/<p>([\s\S]*?)<\/p>/)?.[1] ?? html;
  const text = decodeEntities(firstParagraph.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
  const sentence = text.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:]+$/, "")}…`;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}
