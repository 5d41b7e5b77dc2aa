"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { signInAction } from "@/lib/auth/actions";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { buttonClass, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormDraft } from "@/components/forms/use-form-draft";

const EMPTY = { email: "" };

export function SignInForm({ returnTo, githubEnabled, passwordResetEnabled }: { returnTo: string; githubEnabled: boolean; passwordResetEnabled: boolean }) {
  const [state, action, pending] = useActionState(signInAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, EMPTY);
  // The server never sends a password back; with JavaScript it survives a refusal here, in the browser.
  const [password, setPassword] = useState("");
  return (
    <div className="space-y-6">
      <form key={form.key} ref={form.focusFirstError} action={action} className="space-y-4">
        <FormMessage state={form.state} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextField label="Email" type="email" autoComplete="email" required {...form.field("email")} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={form.error("password")}
        />
        <button type="submit" disabled={pending} className={buttonClass}>
          Sign in
        </button>
        {passwordResetEnabled && (
          <p className="text-sm">
            <Link href="/forgot-password" className="underline">
              Forgot password?
            </Link>
          </p>
        )}
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
