import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { returnToSchema } from "@/lib/auth/schemas";
import { githubSignInEnabled } from "@/lib/auth/server";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ returnTo?: string }> }) {
  const returnTo = returnToSchema.parse((await searchParams).returnTo);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <SignInForm returnTo={returnTo} githubEnabled={githubSignInEnabled()} />
    </div>
  );
}
