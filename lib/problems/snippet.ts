/**
 * A search snippet marks each matched word between these two characters (they never occur in our
 * text), so a page renders <mark> elements from plain text without trusting any HTML. This module
 * has no server-only code: the catalogue's rows render in the browser too.
 */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

/** A snippet as runs of text, each marked (a matched word) or not. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  for (const [index, piece] of snippet.split(MATCH_START).entries()) {
    const [marked, rest] = index === 0 ? [null, piece] : splitOnce(piece, MATCH_END);
    if (marked) parts.push({ text: marked, marked: true });
    if (rest) parts.push({ text: rest, marked: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}
