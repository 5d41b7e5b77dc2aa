"use client";

import { useActionState } from "react";
import { buttonClass, TextAreaField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { saveClaimAction } from "@/lib/claims/actions";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, MAX_CLAIM_LINKS, MAX_NOTE_LENGTH } from "@/lib/claims/schemas";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

export type ClaimFormValues = { status: string; note: string; links: string[]; lookingForCollaborators: boolean };

/** Create or edit the viewer's own claim on a problem. */
export function ClaimForm({ problemNumber, existing }: { problemNumber: string; existing: ClaimFormValues | null }) {
  const [state, action, pending] = useActionState(saveClaimAction, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const links = [...(existing?.links ?? []), "", "", ""].slice(0, Math.max(3, (existing?.links.length ?? 0) + 1)).slice(0, MAX_CLAIM_LINKS);
  const current = existing && existing.status !== "withdrawn" ? existing.status : "working";
  return (
    <form action={action} className="space-y-3" aria-label="Your claim">
      <FormMessage state={state} />
      <input type="hidden" name="problemNumber" value={problemNumber} />
      <div className="space-y-1">
        <label htmlFor="claim-status" className="block text-sm font-medium">
          Status
        </label>
        <select id="claim-status" name="status" defaultValue={current} className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900">
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {CLAIM_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        {errors.status && <p className="text-sm text-red-700 dark:text-red-300">{errors.status}</p>}
      </div>
      <TextAreaField label="Note" name="note" maxLength={MAX_NOTE_LENGTH} defaultValue={existing?.note ?? ""} error={errors.note} hint="What you are trying, what you found, what help you need." />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Links to your work (repo, draft, post)</legend>
        {links.map((link, index) => (
          <TextField
            key={index}
            id={`claim-link-${index}`}
            label={`Link ${index + 1}`}
            name="links"
            type="url"
            placeholder="https://"
            defaultValue={link}
            error={errors[`links.${index}`]}
          />
        ))}
        {errors.links && <p className="text-sm text-red-700 dark:text-red-300">{errors.links}</p>}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="lookingForCollaborators" defaultChecked={existing?.lookingForCollaborators ?? false} className="size-4 accent-blue-700" />
        Looking for collaborators
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {existing && existing.status !== "withdrawn" ? "Update my claim" : "I'm working on this"}
      </button>
    </form>
  );
}
