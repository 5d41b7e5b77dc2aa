"use client";

import { useActionState, useState } from "react";
import { buttonClass, SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useFormDraft, type FormDraft } from "@/components/forms/use-form-draft";
import { saveClaimAction } from "@/lib/claims/actions";
import { endOfDay, type IsoDay } from "@/lib/claims/expiry";
import {
  AI_INVOLVEMENT_LABELS,
  AI_INVOLVEMENTS,
  CLAIM_PURPOSE_LABELS,
  CLAIM_PURPOSES,
  CLAIM_STATUS_LABELS,
  CLAIM_STATUSES,
  MAX_CLAIM_LINKS,
  MAX_NOTE_LENGTH,
  MAX_OUTCOME_SUMMARY_LENGTH,
} from "@/lib/claims/vocabulary";
import { formatDay } from "@/lib/format-date";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

export type ClaimFormValues = {
  status: string;
  note: string;
  links: string[];
  lookingForCollaborators: boolean;
  /** The claim's current expiry day when it is still active; the form otherwise starts from the default. */
  expiresOn: IsoDay | null;
  purpose: string | null;
  aiInvolvement: string | null;
  outcomeUrl: string;
  outcomeSummary: string;
};

/** The days the owner may choose now: tomorrow up to the maximum, and the default. */
export type ExpiryChoices = { min: IsoDay; max: IsoDay; default: IsoDay };

const STATUS_OPTIONS = CLAIM_STATUSES.map((value) => ({ value, label: CLAIM_STATUS_LABELS[value] }));
const PURPOSE_OPTIONS = [{ value: "", label: "Not said" }, ...CLAIM_PURPOSES.map((value) => ({ value, label: CLAIM_PURPOSE_LABELS[value] }))];
const AI_OPTIONS = [{ value: "", label: "Not said" }, ...AI_INVOLVEMENTS.map((value) => ({ value, label: AI_INVOLVEMENT_LABELS[value] }))];

/** What the submit button says for each status: what saving will record. */
const SAVE_LABELS: Record<(typeof CLAIM_STATUSES)[number], string> = {
  interested: "Save as interested",
  working: "Save as working on it",
  paused: "Save as paused",
  done: "Save as done",
};

/** Create or edit the viewer's own claim on a problem. */
export function ClaimForm({ problemNumber, existing, expiry }: { problemNumber: string; existing: ClaimFormValues | null; expiry: ExpiryChoices }) {
  const [state, action, pending] = useActionState(saveClaimAction, INITIAL_FORM_STATE);
  const withdrawn = existing?.status === "withdrawn";
  const form = useFormDraft(state, {
    // A withdrawn claim is claimed again from scratch: "working" is the usual reason to come back.
    status: existing && !withdrawn ? existing.status : "working",
    note: existing?.note ?? "",
    links: existing?.links ?? [],
    lookingForCollaborators: existing?.lookingForCollaborators ?? false,
    // An expiry outside today's range (lapsed, or set long ago) starts over from the default.
    expiresOn: existing?.expiresOn && existing.expiresOn >= expiry.min && existing.expiresOn <= expiry.max ? existing.expiresOn : expiry.default,
    purpose: existing?.purpose ?? "",
    aiInvolvement: existing?.aiInvolvement ?? "",
    outcomeUrl: existing?.outcomeUrl ?? "",
    outcomeSummary: existing?.outcomeSummary ?? "",
  });
  return <ClaimFields key={form.key} form={form} action={action} pending={pending} problemNumber={problemNumber} withdrawn={withdrawn} expiry={expiry} />;
}

/** The form itself, remounted with each answer (see useFormDraft) so the chosen status starts over too. */
function ClaimFields({
  form,
  action,
  pending,
  problemNumber,
  withdrawn,
  expiry,
}: {
  form: FormDraft;
  action: (formData: FormData) => void;
  pending: boolean;
  problemNumber: string;
  withdrawn: boolean;
  expiry: ExpiryChoices;
}) {
  const status = form.field("status");
  const [chosen, setChosen] = useState(status.defaultValue);
  const typed = withoutTrailingBlanks(form.list("links"));
  // At least three fields and one empty one to add a link; each link stays in the field it was typed in.
  const links = Array.from({ length: Math.min(MAX_CLAIM_LINKS, Math.max(3, typed.length + 1)) }, (_, index) => typed[index] ?? "");
  return (
    <form ref={form.focusFirstError} action={action} className="claim-form space-y-3" aria-label="Your claim">
      <FormMessage state={form.state} />
      {withdrawn && !form.state.message && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="claim-withdrawn">
          You withdrew your claim. Saving claims the problem again.
        </p>
      )}
      <input type="hidden" name="problemNumber" value={problemNumber} />
      <SelectField id="claim-status" label="Status" options={STATUS_OPTIONS} {...status} onChange={(event) => setChosen(event.currentTarget.value)} />
      {/* Shown only for "done" (CSS :has in globals.css), so it follows the select without JavaScript too. */}
      <fieldset className="claim-outcome min-w-0 space-y-2 rounded-md border border-violet-200 p-3 dark:border-violet-900">
        <legend className="px-1 text-sm font-medium">Outcome (optional)</legend>
        <TextField id="claim-outcome-summary" label="In one line, what came of it" {...form.field("outcomeSummary")} hint={`At most ${MAX_OUTCOME_SUMMARY_LENGTH} characters; shown under the problem's existing work.`} />
        <TextField id="claim-outcome-url" label="Link to the result (post, paper, repo)" type="url" placeholder="https://" {...form.field("outcomeUrl")} />
      </fieldset>
      {/* Hidden for paused and done, which do not expire. */}
      <div className="claim-expiry">
        <TextField
          id="claim-expires-on"
          label="Keep my claim until"
          type="date"
          min={expiry.min}
          max={expiry.max}
          hint={`Default ${formatDay(endOfDay(expiry.default))}, at most ${formatDay(endOfDay(expiry.max))}. Renew any time; past this date the claim shows as lapsed.`}
          {...form.field("expiresOn")}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id="claim-purpose" label="Purpose" options={PURPOSE_OPTIONS} {...form.field("purpose")} />
        <SelectField id="claim-ai" label="AI involvement" options={AI_OPTIONS} {...form.field("aiInvolvement")} />
      </div>
      <TextAreaField label="Note" limit={MAX_NOTE_LENGTH} hint="What you are trying, what you found, what help you need." {...form.field("note")} />
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-medium">Links to your work (repo, draft, post)</legend>
        {links.map((link, index) => (
          <TextField key={index} id={`claim-link-${index}`} label={`Link ${index + 1}`} name="links" type="url" placeholder="https://" defaultValue={link} error={form.error(`links.${index}`)} />
        ))}
        {form.error("links") && <p className="text-sm text-red-700 dark:text-red-300">{form.error("links")}</p>}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.checkbox("lookingForCollaborators")} className="size-4 accent-blue-700" />
        Looking for collaborators
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {SAVE_LABELS[chosen as keyof typeof SAVE_LABELS] ?? SAVE_LABELS.working}
      </button>
    </form>
  );
}

function withoutTrailingBlanks(values: string[]): string[] {
  const end = values.findLastIndex((value) => value.trim() !== "");
  return values.slice(0, end + 1);
}
