"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { echoedValues, fieldErrorsOf, formValues, type FormState, type FormValues } from "@/lib/form-state";
import { signInSchema, signUpSchema } from "./schemas";
import { asAuthRefusal, getAuth, type AuthRefusal } from "./server";

// Limits and validation run in Better Auth's hooks (lib/auth/server.ts), so they hold for these
// actions and for /api/auth/* alike; here refusals only become form messages.

function refusalState(error: unknown, values: FormValues, messageFor: (refusal: AuthRefusal) => string): FormState {
  const refusal = asAuthRefusal(error);
  if (!refusal) throw error; // not a refusal: a bug or an outage, not the user's mistake
  const field = refusal.body?.field;
  const message = messageFor(refusal);
  return {
    ok: false,
    message: field ? "Check the fields below." : message,
    fieldErrors: field ? { [field]: refusal.body?.fieldMessage ?? message } : undefined,
    values: echoedValues(values),
  };
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error), values: echoedValues(values) };
  const { name, email, password, returnTo } = parsed.data;
  try {
    await getAuth().api.signUpEmail({ body: { name, email, password }, headers: await headers() });
  } catch (error) {
    return refusalState(error, values, (refusal) =>
      // Without mail we cannot tell the owner privately, so a taken email is said plainly; the
      // per-address sign-up limit keeps anyone from testing many addresses this way.
      refusal.body?.code?.startsWith("USER_ALREADY_EXISTS")
        ? "An account with this email already exists. Sign in instead."
        : (refusal.body?.message ?? refusal.message) || "That did not work; check what you entered.",
    );
  }
  redirect(returnTo);
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error), values: echoedValues(values) };
  const { email, password, returnTo } = parsed.data;
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    // The same answer whatever was wrong, so sign-in does not reveal which emails have accounts.
    return refusalState(error, values, (refusal) => (refusal.statusCode === 429 ? refusal.message : "Wrong email or password."));
  }
  redirect(returnTo);
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/");
}
