"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { echoedValues, fieldErrorsOf, formValues, type FormState } from "@/lib/form-state";
import { signInLimiter } from "./rate-limit";
import { signInSchema, signUpSchema } from "./schemas";
import { getAuth } from "./server";

function clientAddress(requestHeaders: Headers): string {
  return requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "local";
}

/** Counts an attempt against both the address and the account, so neither can be hammered. */
function rateLimited(requestHeaders: Headers, email: string): FormState | null {
  for (const key of [`address:${clientAddress(requestHeaders)}`, `email:${email}`]) {
    const result = signInLimiter.attempt(key);
    if (!result.ok) return { ok: false, message: `Too many attempts. Try again in ${result.retryAfterSeconds} seconds.` };
  }
  return null;
}

/** Better Auth refusals become form messages; anything else is a bug and is rethrown. */
function refusalOf(error: unknown): APIError {
  if (error instanceof APIError) return error;
  throw error;
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error), values: echoedValues(values) };
  const requestHeaders = await headers();
  const limited = rateLimited(requestHeaders, parsed.data.email);
  if (limited) return { ...limited, values: echoedValues(values) };
  const { name, email, password, returnTo } = parsed.data;
  try {
    await getAuth().api.signUpEmail({ body: { name, email, password }, headers: requestHeaders });
  } catch (error) {
    return { ok: false, message: refusalOf(error).message || "That did not work; check what you entered.", values: echoedValues(values) };
  }
  redirect(returnTo);
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error), values: echoedValues(values) };
  const requestHeaders = await headers();
  const limited = rateLimited(requestHeaders, parsed.data.email);
  if (limited) return { ...limited, values: echoedValues(values) };
  const { email, password, returnTo } = parsed.data;
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    // The same answer whatever was wrong, so sign-in does not reveal which emails have accounts.
    refusalOf(error);
    return { ok: false, message: "Wrong email or password.", values: echoedValues(values) };
  }
  redirect(returnTo);
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/");
}
