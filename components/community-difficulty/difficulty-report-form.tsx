"use client";

import { useActionState } from "react";
import { buttonClass, RadioGroupField, SelectField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { saveDifficultyReportAction } from "@/lib/community-difficulty/actions";
import { DURATION_BUCKETS, DURATION_LABELS } from "@/lib/community-difficulty/vocabulary";
import { DIFFICULTY_LETTERS, DIFFICULTY_SHORT_MEANINGS } from "@/lib/problems/difficulty";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

const LEVEL_OPTIONS = DIFFICULTY_LETTERS.map((letter) => ({ value: letter, label: `${letter} · ${DIFFICULTY_SHORT_MEANINGS[letter]}` }));
// A blank first choice, so that a forgotten duration is refused rather than saved as the shortest.
const DURATION_OPTIONS = [{ value: "", label: "Choose…" }, ...DURATION_BUCKETS.map((bucket) => ({ value: bucket, label: DURATION_LABELS[bucket] }))];

/**
 * "How hard was it?": the viewer, who worked on the problem, reports a letter on the author's scale
 * and roughly how long it took; sent again, it replaces their earlier report.
 */
export function DifficultyReportForm({ problemNumber, existing }: { problemNumber: string; existing: { level: string; duration: string } | null }) {
  const [state, action, pending] = useActionState(saveDifficultyReportAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, { level: existing?.level ?? "", duration: existing?.duration ?? "" });
  return (
    <section aria-labelledby="difficulty-report-heading" className="rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800" data-testid="difficulty-report">
      <h3 id="difficulty-report-heading" className="mb-1 font-semibold">
        How hard was it?
      </h3>
      <p className="mb-3 text-zinc-600 dark:text-zinc-400">
        You worked on this problem: say how hard it turned out and roughly how long it took. Others see a summary next to, never instead of, the
        author&rsquo;s rating. {existing ? "Sending again replaces your report." : ""}
      </p>
      <form key={form.key} ref={form.focusFirstError} action={action} className="space-y-3" aria-label="How hard was it?">
        <FormMessage state={form.state} />
        <input type="hidden" name="problemNumber" value={problemNumber} />
        <RadioGroupField label="Difficulty, on the author’s A–D scale" options={LEVEL_OPTIONS} {...form.field("level")} />
        <SelectField id="report-duration" label="How long it took" options={DURATION_OPTIONS} {...form.field("duration")} />
        <button type="submit" disabled={pending} className={buttonClass}>
          {existing ? "Update my report" : "Send my report"}
        </button>
      </form>
    </section>
  );
}
