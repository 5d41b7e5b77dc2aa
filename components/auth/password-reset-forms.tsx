"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/auth/actions";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

const NO_EMAIL = { email: "" };

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordResetAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, NO_EMAIL);
  return (
    <form key={form.key} ref={form.focusFirstError} action={action} className="space-y-4">
      <FormMessage state={form.state} />
      <TextField label="Email" type="email" autoComplete="email" required {...form.field("email")} />
      <button type="submit" disabled={pending} className={buttonClass}>
        Email me a reset link
      </button>
      <p className="text-sm">
        Remembered it? <Link href="/sign-in" className="underline">Sign in</Link>
      </p>
    </form>
  );
}

const NOTHING = {};

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, NOTHING);
  // The server never sends a password back; with JavaScript it survives a refusal here, in the browser.
  const [password, setPassword] = useState("");
  return (
    <form key={form.key} ref={form.focusFirstError} action={action} className="space-y-4">
      <FormMessage state={form.state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters, not easy to guess."
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={form.error("newPassword") ?? form.error("token")}
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        Set new password
      </button>
    </form>
  );
}
