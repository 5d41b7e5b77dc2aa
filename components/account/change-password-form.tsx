"use client";

import { useActionState } from "react";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { changePasswordAction } from "@/lib/account/actions";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

/** Current password, new password twice. Nothing typed here is ever sent back to the page. */
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" aria-label="Change password">
      <FormMessage state={state} />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required maxLength={128} error={errors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        error={errors.newPassword}
        hint="At least 8 characters. Your other signed-in devices will be signed out."
      />
      <TextField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required maxLength={128} error={errors.confirmPassword} />
      <button type="submit" disabled={pending} className={buttonClass}>
        Change password
      </button>
    </form>
  );
}
