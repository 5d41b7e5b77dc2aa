"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { sendRequestAction } from "@/lib/claims/actions";
import { MAX_MESSAGE_LENGTH } from "@/lib/claims/vocabulary";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

const EMPTY = { message: "" };

/** Ask to join a claim that is looking for collaborators. */
export function RequestForm({ claimId, ownerName }: { claimId: number; ownerName: string }) {
  const [state, action, pending] = useActionState(sendRequestAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, EMPTY);
  if (form.state.ok) return <FormMessage state={form.state} />;
  return (
    // Open after a refusal, so the message and the error show without JavaScript too.
    <details className="w-full min-w-0 text-sm" open={form.state.message ? true : undefined}>
      <summary className="cursor-pointer font-medium text-blue-700 dark:text-blue-300">Ask {ownerName} to collaborate</summary>
      <form key={form.key} ref={form.focusFirstError} action={action} className="mt-2 space-y-2">
        <FormMessage state={form.state} />
        <input type="hidden" name="claimId" value={claimId} />
        <TextAreaField
          id={`request-message-${claimId}`}
          label="Message"
          required
          limit={MAX_MESSAGE_LENGTH}
          hint="Who you are and how you would like to help."
          {...form.field("message")}
        />
        <button type="submit" disabled={pending} className={buttonClass}>
          Send request
        </button>
      </form>
    </details>
  );
}
