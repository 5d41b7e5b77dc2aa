import { FormattedDate } from "@/components/formatted-date";

/** Tells the owner of a hidden item what happened, rather than letting it silently vanish. */
export function HiddenNotice({ hiddenAt, what = "" }: { hiddenAt: Date; what?: string }) {
  return (
    <p
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 [overflow-wrap:anywhere] dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
      data-testid="hidden-notice"
    >
      {what && <>{what} </>}Hidden by a moderator on <FormattedDate date={hiddenAt} />: other people cannot see it.
    </p>
  );
}
