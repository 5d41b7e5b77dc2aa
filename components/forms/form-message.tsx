import type { FormState } from "@/lib/form-state";

/** The outcome of a form action, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p
      role="status"
      data-testid={state.ok ? "form-success" : "form-error"}
      className={
        state.ok
          ? "rounded-md border border-emerald-300 [overflow-wrap:anywhere] bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
          : "rounded-md border border-red-300 [overflow-wrap:anywhere] bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      }
    >
      {state.message}
    </p>
  );
}
