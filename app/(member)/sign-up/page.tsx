import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { returnToSchema } from "@/lib/auth/schemas";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ returnTo?: string }> }) {
  const returnTo = returnToSchema.parse((await searchParams).returnTo);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Create an account</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        An account lets you record which problems you are working on, find collaborators and list existing work.
      </p>
      <SignUpForm returnTo={returnTo} />
    </div>
  );
}
