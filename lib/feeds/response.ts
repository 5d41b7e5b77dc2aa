/** How every feed answers: Atom XML, or a plain 404 for a problem or category that does not exist. */
export function atomResponse(xml: string | null): Response {
  if (xml === null) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
