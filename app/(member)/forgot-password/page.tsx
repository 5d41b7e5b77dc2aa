import type { Metadata } from "next";
import { connection } from "next/server";
import { ForgotPasswordForm } from "@/components/auth/password-reset-forms";
import { mailSettings } from "@/lib/mail/config";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  // Whether mail is on is the running server's setting, not the build's: render per request.
  await connection();
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Forgot your password?</h1>
      {mailSettings() ? (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">Enter the email you signed up with. We send a link to choose a new password; it works once, for one hour.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="mail-off">
          This server sends no email, so a password cannot be reset by email here. Ask whoever runs it.
        </p>
      )}
    </div>
  );
}
