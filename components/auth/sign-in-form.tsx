"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/auth/actions";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";

export function SignInForm({ returnTo, githubEnabled }: { returnTo: string; githubEnabled: boolean }) {
  const [state, action, pending] = useActionState(signInAction, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4">
        <FormMessage state={state} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={errors.password} />
        <button type="submit" disabled={pending} className={buttonClass}>
          Sign in
        </button>
        <p className="text-sm">
          New here?{" "}
          <Link href={`/sign-up?returnTo=${encodeURIComponent(returnTo)}`} className="underline">
            Create an account
          </Link>
        </p>
      </form>
      {githubEnabled && (
        <div className="border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <GitHubButton returnTo={returnTo} />
        </div>
      )}
    </div>
  );
}

/** GitHub sign-in goes through Better Auth's client endpoint, which answers with the OAuth URL. */
function GitHubButton({ returnTo }: { returnTo: string }) {
  return (
    <button
      type="button"
      className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium dark:border-zinc-700"
      onClick={async () => {
        const response = await fetch("/api/auth/sign-in/social", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ provider: "github", callbackURL: returnTo }),
        });
        const body = (await response.json()) as { url?: string };
        if (body.url) window.location.href = body.url;
      }}
    >
      Sign in with GitHub
    </button>
  );
}
