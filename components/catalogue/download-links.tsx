/**
 * Links that export what the catalogue shows, for a canonical filter query ("" when unfiltered).
 * Plain anchors, not next/link: they lead to files, which work without JavaScript and which the
 * client router must not try to render.
 */
export function DownloadLinks({ query }: { query: string }) {
  const suffix = query ? `?${query}` : "";
  const link = "underline decoration-zinc-400 underline-offset-2 hover:decoration-current";
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="download-links">
      <a className={link} href={`/api/export.csv${suffix}`} download>
        Download CSV
      </a>
      {" · "}
      <a className={link} href={`/api/export.json${suffix}`} download>
        JSON
      </a>
      {" · "}
      <a className={link} href="/feed.xml" type="application/atom+xml">
        Atom feed
      </a>
    </p>
  );
}
