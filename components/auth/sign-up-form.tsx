"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";

export function SignUpForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState(signUpAction, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField label="Name" name="name" autoComplete="name" required maxLength={80} error={errors.name} hint="Shown next to your claims." />
      <TextField label="Email" name="email" type="email" autoComplete="email" required maxLength={254} error={errors.email} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} error={errors.password} hint="At least 8 characters." />
      {/* Honeypot against form-filling bots: hidden from people and assistive technology. */}
      <div aria-hidden="true" className="hidden">
        <label>
          Website <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        Create account
      </button>
      <p className="text-sm">
        Already have an account?{" "}
        <Link href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} className="underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
