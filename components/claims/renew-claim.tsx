"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { renewClaimAction } from "@/lib/claims/actions";
import { endOfDay, type IsoDay } from "@/lib/claims/expiry";
import { formatDay } from "@/lib/format-date";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

type Renewal = { min: IsoDay; max: IsoDay; default: IsoDay };

/**
 * "Still on it": one button renews to the default date; "another date" opens a date input limited
 * to the allowed range (the server checks the range too and names it when refusing).
 */
export function RenewClaim({ claimId, renewal }: { claimId: number; renewal: Renewal }) {
  return (
    <div className="flex min-w-0 flex-wrap items-start gap-3" data-testid="renew">
      <ActionButton action={renewClaimAction} values={{ claimId, expiresOn: "" }} label={`Still on it: renew until ${formatDay(endOfDay(renewal.default))}`} variant="primary" />
      <RenewOnDate claimId={claimId} renewal={renewal} />
    </div>
  );
}

function RenewOnDate({ claimId, renewal }: { claimId: number; renewal: Renewal }) {
  const [state, action, pending] = useActionState(renewClaimAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, { expiresOn: renewal.default });
  return (
    // Open after a refusal, so the error shows without JavaScript too.
    <>
      {form.state.ok && <FormMessage state={form.state} />}
      <details className="min-w-0 text-sm" open={form.state.message && !form.state.ok ? true : undefined}>
      <summary className="cursor-pointer py-1.5 text-blue-700 dark:text-blue-300">Renew until another date</summary>
      <form key={form.key} ref={form.focusFirstError} action={action} className="mt-2 space-y-2">
        {!form.state.ok && <FormMessage state={form.state} />}
        <input type="hidden" name="claimId" value={claimId} />
        <TextField
          id={`renew-date-${claimId}`}
          label="New expiry date"
          type="date"
          min={renewal.min}
          max={renewal.max}
          required
          hint={`Up to ${formatDay(endOfDay(renewal.max))}.`}
          {...form.field("expiresOn")}
        />
        <button type="submit" disabled={pending} className={buttonClass}>
          Renew
        </button>
      </form>
    </details>
    </>
  );
}
