/**
 * The author's 2024 caveat, shown wherever newcomers choose a problem. On small screens its first
 * line stands as the summary of a <details> (globals.css opens it from md up), so the problems
 * themselves still start on the first screen.
 */
export function DatedNote() {
  return (
    <details className="dated-fold rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      <summary className="cursor-pointer">
        <strong className="font-semibold">Read these problems in context:</strong> the list dates from 2022–23.
      </summary>
      <p className="mt-1">
        In mid-2024 its author noted that it had become fairly dated: still worth reading for its history, but no longer a
        dependable guide to what is most worth working on today (it predates sparse autoencoders, for example).
      </p>
    </details>
  );
}
