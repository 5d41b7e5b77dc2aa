/**
 * Lets a write that enqueued mail have it sent now rather than at the next tick. The worker runs
 * in the server script (lib/cli/serve.mts, loaded by tsx) while writes happen in Next's server
 * bundle: each loads its own copy of this module, but both share globalThis, so the worker's
 * nudge is kept there under a registry symbol.
 */
const NUDGE_KEY = Symbol.for("open-problems.mail-worker-nudge");

type Nudge = () => void;
const registry = globalThis as unknown as Record<symbol, Nudge | undefined>;

/** Asks this process's mail worker to deliver soon; a no-op when none runs. Call after the enqueuing transaction commits. */
export function nudgeMailWorker(): void {
  const nudge = registry[NUDGE_KEY];
  if (typeof nudge !== "function") return;
  try {
    nudge();
  } catch (error) {
    // The write that nudged has succeeded; a worker problem must not turn it into an error.
    console.error("mail: nudge failed:", error);
  }
}

/** Installs the worker's nudge; returns a function that removes it (if still the installed one). */
export function registerMailWorkerNudge(nudge: Nudge): () => void {
  registry[NUDGE_KEY] = nudge;
  return () => {
    if (registry[NUDGE_KEY] === nudge) delete registry[NUDGE_KEY];
  };
}
