"use client";

import { useActionState } from "react";
import { buttonClass, SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { addWorkLinkAction } from "@/lib/claims/actions";
import { WORK_LINK_KINDS } from "@/lib/claims/vocabulary";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

const EMPTY = { title: "", url: "", kind: "paper" };
const KIND_OPTIONS = WORK_LINK_KINDS.map((kind) => ({ value: kind, label: kind }));

/** Add a link to existing work (paper, post, repo) on a problem. */
export function WorkLinkForm({ problemNumber }: { problemNumber: string }) {
  const [state, action, pending] = useActionState(addWorkLinkAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, EMPTY);
  return (
    // Open after an answer, so the message and any error show without JavaScript too.
    <details className="min-w-0 text-sm" open={form.state.message ? true : undefined}>
      <summary className="cursor-pointer font-medium text-blue-700 dark:text-blue-300">Add a link to existing work</summary>
      <form key={form.key} ref={form.focusFirstError} action={action} className="mt-2 space-y-2" aria-label="Link to existing work">
        <FormMessage state={form.state} />
        <input type="hidden" name="problemNumber" value={problemNumber} />
        <TextField id="work-title" label="Title" required {...form.field("title")} />
        <TextField id="work-url" label="URL" type="url" required placeholder="https://" {...form.field("url")} />
        <SelectField id="work-kind" label="Kind" options={KIND_OPTIONS} {...form.field("kind")} />
        <button type="submit" disabled={pending} className={buttonClass}>
          Add link
        </button>
      </form>
    </details>
  );
}
