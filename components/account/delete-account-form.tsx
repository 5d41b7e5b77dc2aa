"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { deleteAccountAction } from "@/lib/account/actions";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

const dangerButtonClass =
  "rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700";

/** Typing the email (and the password, when the account has one) is the confirmation; the action then signs out and leaves. */
export function DeleteAccountForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [state, action, pending] = useActionState(deleteAccountAction, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const typedEmail = state.values?.confirmEmail;
  return (
    <form action={action} className="space-y-3" aria-label="Delete my account">
      <FormMessage state={state} />
      <TextField
        label={`Type your email, ${email}, to confirm`}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={254}
        defaultValue={typeof typedEmail === "string" ? typedEmail : ""}
        error={errors.confirmEmail}
      />
      {hasPassword && <TextField label="Your password" name="password" type="password" autoComplete="current-password" required maxLength={128} error={errors.password} />}
      <button type="submit" disabled={pending} className={dangerButtonClass}>
        Delete my account for good
      </button>
    </form>
  );
}
