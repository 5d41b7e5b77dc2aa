/** The author's 2024 caveat, shown wherever newcomers choose a problem. */
export function DatedNote() {
  return (
    <aside className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      <strong className="font-semibold">Read these problems in context.</strong> The list was written in late 2022 and early
      2023. In mid-2024 its author noted that it had become fairly dated: still worth reading for its history, but no
      longer a dependable guide to what is most worth working on today (it predates sparse autoencoders, for example).
    </aside>
  );
}
