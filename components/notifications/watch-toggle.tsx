import { ActionButton } from "@/components/forms/action-button";
import { setWatchingAction } from "@/lib/notifications/actions";

/** Watch or stop watching one problem; the label says what a click does and the line what watching means. */
export function WatchToggle({ problemNumber, watching }: { problemNumber: string; watching: boolean }) {
  return (
    <section aria-label="Watching" className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800" data-testid="watch-toggle">
      <p className="min-w-0 text-zinc-700 dark:text-zinc-300">
        {watching ? "You watch this problem: you hear when it is claimed, frees up or gets new work." : "Watch this problem to hear when it is claimed, frees up or gets new work."}
      </p>
      <ActionButton
        key={watching ? "on" : "off"}
        action={setWatchingAction}
        values={{ problemNumber, watch: watching ? "off" : "on" }}
        label={watching ? "Stop watching" : "Watch"}
        variant={watching ? "secondary" : "primary"}
      />
    </section>
  );
}
