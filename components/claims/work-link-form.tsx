"use client";

import { useActionState } from "react";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { addWorkLinkAction } from "@/lib/claims/actions";
import { WORK_LINK_KINDS } from "@/lib/claims/schemas";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

/** Add a link to existing work (paper, post, repo) on a problem. */
export function WorkLinkForm({ problemNumber }: { problemNumber: string }) {
  const [state, action, pending] = useActionState(addWorkLinkAction, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-blue-700 dark:text-blue-300">Add a link to existing work</summary>
      <form action={action} className="mt-2 space-y-2">
        <FormMessage state={state} />
        <input type="hidden" name="problemNumber" value={problemNumber} />
        <TextField id="work-title" label="Title" name="title" required maxLength={200} error={errors.title} />
        <TextField id="work-url" label="URL" name="url" type="url" required placeholder="https://" error={errors.url} />
        <div className="space-y-1">
          <label htmlFor="work-kind" className="block font-medium">
            Kind
          </label>
          <select id="work-kind" name="kind" defaultValue="paper" className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900">
            {WORK_LINK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          Add link
        </button>
      </form>
    </details>
  );
}
