"use client";

import { useActionState } from "react";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { postProgressNoteAction } from "@/lib/claims/actions";
import { MAX_NOTE_LINKS, MAX_PROGRESS_NOTE_LENGTH } from "@/lib/claims/vocabulary";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

const EMPTY = { body: "", links: [] as string[] };

/** The owner or a collaborator adds a dated progress note (Markdown) to a claim; posting renews an active claim. */
export function ProgressNoteForm({ claimId }: { claimId: number }) {
  const [state, action, pending] = useActionState(postProgressNoteAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, EMPTY);
  const typed = form.list("links");
  const links = Array.from({ length: MAX_NOTE_LINKS }, (_, index) => typed[index] ?? "");
  return (
    // Open after a refusal, so the message and the error show without JavaScript too.
    <>
      {form.state.ok && <FormMessage state={form.state} />}
      <details className="w-full min-w-0 text-sm" open={form.state.message && !form.state.ok ? true : undefined}>
      <summary className="cursor-pointer font-medium text-blue-700 dark:text-blue-300">Post a progress note</summary>
      <form key={form.key} ref={form.focusFirstError} action={action} className="mt-2 space-y-2" aria-label="Progress update">
        {!form.state.ok && <FormMessage state={form.state} />}
        <input type="hidden" name="claimId" value={claimId} />
        <TextAreaField
          id={`note-body-${claimId}`}
          label="What happened"
          required
          limit={MAX_PROGRESS_NOTE_LENGTH}
          hint="Markdown. Dated and shown on the problem page; posting renews an active claim."
          {...form.field("body")}
        />
        <fieldset className="min-w-0 space-y-2">
          <legend className="text-sm font-medium">Links (optional)</legend>
          {links.map((link, index) => (
            <TextField key={index} id={`note-link-${claimId}-${index}`} label={`Web address ${index + 1}`} name="links" type="url" placeholder="https://" defaultValue={link} error={form.error(`links.${index}`)} />
          ))}
          {form.error("links") && <p className="text-sm text-red-700 dark:text-red-300">{form.error("links")}</p>}
        </fieldset>
        <button type="submit" disabled={pending} className={buttonClass}>
          Post note
        </button>
      </form>
    </details>
    </>
  );
}
