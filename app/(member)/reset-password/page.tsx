import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
      {token ? (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">After this, every device signed in to your account is signed out.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p className="text-sm">
          This page needs the link from your reset email. <Link href="/forgot-password" className="underline">Ask for a new link.</Link>
        </p>
      )}
    </div>
  );
}
