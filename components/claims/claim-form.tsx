"use client";

import { useActionState, useState } from "react";
import { buttonClass, SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useFormDraft, type FormDraft } from "@/components/forms/use-form-draft";
import { saveClaimAction } from "@/lib/claims/actions";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, MAX_CLAIM_LINKS, MAX_NOTE_LENGTH } from "@/lib/claims/vocabulary";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

export type ClaimFormValues = { status: string; note: string; links: string[]; lookingForCollaborators: boolean };

const STATUS_OPTIONS = CLAIM_STATUSES.map((value) => ({ value, label: CLAIM_STATUS_LABELS[value] }));

/** What the submit button says for each status: what saving will record. */
const SAVE_LABELS: Record<(typeof CLAIM_STATUSES)[number], string> = {
  interested: "Save as interested",
  working: "Save as working on it",
  paused: "Save as paused",
  done: "Save as done",
};

/** Create or edit the viewer's own claim on a problem. */
export function ClaimForm({ problemNumber, existing }: { problemNumber: string; existing: ClaimFormValues | null }) {
  const [state, action, pending] = useActionState(saveClaimAction, INITIAL_FORM_STATE);
  const withdrawn = existing?.status === "withdrawn";
  const form = useFormDraft(state, {
    // A withdrawn claim is claimed again from scratch: "working" is the usual reason to come back.
    status: existing && !withdrawn ? existing.status : "working",
    note: existing?.note ?? "",
    links: existing?.links ?? [],
    lookingForCollaborators: existing?.lookingForCollaborators ?? false,
  });
  return <ClaimFields key={form.key} form={form} action={action} pending={pending} problemNumber={problemNumber} withdrawn={withdrawn} />;
}

/** The form itself, remounted with each answer (see useFormDraft) so the chosen status starts over too. */
function ClaimFields({ form, action, pending, problemNumber, withdrawn }: { form: FormDraft; action: (formData: FormData) => void; pending: boolean; problemNumber: string; withdrawn: boolean }) {
  const status = form.field("status");
  const [chosen, setChosen] = useState(status.defaultValue);
  const typed = withoutTrailingBlanks(form.list("links"));
  // At least three fields and one empty one to add a link; each link stays in the field it was typed in.
  const links = Array.from({ length: Math.min(MAX_CLAIM_LINKS, Math.max(3, typed.length + 1)) }, (_, index) => typed[index] ?? "");
  return (
    <form ref={form.focusFirstError} action={action} className="space-y-3" aria-label="Your claim">
      <FormMessage state={form.state} />
      {withdrawn && !form.state.message && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="claim-withdrawn">
          You withdrew your claim. Saving claims the problem again.
        </p>
      )}
      <input type="hidden" name="problemNumber" value={problemNumber} />
      <SelectField id="claim-status" label="Status" options={STATUS_OPTIONS} {...status} onChange={(event) => setChosen(event.currentTarget.value)} />
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
