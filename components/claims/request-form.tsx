"use client";

import { useActionState } from "react";
import { buttonClass, TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { sendRequestAction } from "@/lib/claims/actions";
import { MAX_MESSAGE_LENGTH } from "@/lib/claims/schemas";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

/** Ask to join a claim that is looking for collaborators. */
export function RequestForm({ claimId, ownerName }: { claimId: number; ownerName: string }) {
  const [state, action, pending] = useActionState(sendRequestAction, INITIAL_FORM_STATE);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <details className="w-full text-sm">
      <summary className="cursor-pointer font-medium text-blue-700 dark:text-blue-300">Ask {ownerName} to collaborate</summary>
      <form action={action} className="mt-2 space-y-2">
        <FormMessage state={state} />
        <input type="hidden" name="claimId" value={claimId} />
        <TextAreaField id={`request-message-${claimId}`} label="Message" name="message" required maxLength={MAX_MESSAGE_LENGTH} error={state.fieldErrors?.message} hint="Who you are and how you would like to help." />
        <button type="submit" disabled={pending} className={buttonClass}>
          Send request
        </button>
      </form>
    </details>
  );
}
