"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormDraft } from "@/components/forms/use-form-draft";

const EMPTY = { name: "", email: "" };

export function SignUpForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState(signUpAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, EMPTY);
  // The server never sends a password back; with JavaScript it survives a refusal here, in the browser.
  const [password, setPassword] = useState("");
  return (
    <form key={form.key} ref={form.focusFirstError} action={action} className="space-y-4">
      <FormMessage state={form.state} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField label="Name" autoComplete="name" required hint="Shown next to your claims." {...form.field("name")} />
      <TextField label="Email" type="email" autoComplete="email" required {...form.field("email")} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={form.error("password")}
        hint="At least 8 characters."
      />
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
