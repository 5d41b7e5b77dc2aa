import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { returnToSchema } from "@/lib/auth/schemas";
import { githubSignInEnabled } from "@/lib/auth/server";
import { getCurrentUser } from "@/lib/auth/session";
import { mailSettings } from "@/lib/mail/config";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ returnTo?: string; reset?: string }> }) {
  const query = await searchParams;
  const returnTo = returnToSchema.parse(query.returnTo);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      {query.reset === "1" && (
        <p role="status" className="rounded-md border border-green-700 px-3 py-2 text-sm text-green-800 dark:text-green-300">
          Your password is changed. Sign in with the new one.
        </p>
      )}
      <SignInForm returnTo={returnTo} githubEnabled={githubSignInEnabled()} passwordResetEnabled={mailSettings() !== null} />
    </div>
  );
}
