"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { echoedValues, fieldErrorsOf, formValues, type FormState, type FormValues } from "@/lib/form-state";
import { db } from "@/lib/db";
import { mailSettings } from "@/lib/mail/config";
import { consumeAttempts } from "@/lib/rate-limit/attempts";
import { attemptRules, retryMessage } from "@/lib/rate-limit/rules";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { getCurrentUser } from "./session";
import { passwordResetRequestSchema, passwordResetSchema, signInSchema, signUpSchema } from "./schemas";
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

const MAIL_OFF = "This server sends no email, so passwords cannot be reset by email. Ask whoever runs it.";

/**
 * "Forgot password?": queues a reset link if the address has an account, and says the same either
 * way, so the form does not reveal who has an account. Limited like sign-in, per address and per
 * client, since each call sends an email.
 */
export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  if (!mailSettings()) return { ok: false, message: MAIL_OFF, values: echoedValues(values) };
  const parsed = passwordResetRequestSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error), values: echoedValues(values) };
  const requestHeaders = await headers();
  const rules = attemptRules();
  const allowed = await consumeAttempts(db, [
    { key: `reset:${parsed.data.email}`, rule: rules.signInPerAccount },
    { key: `reset-address:${requestHeaders.get(CLIENT_ADDRESS_HEADER) ?? "unknown"}`, rule: rules.signInPerAddress },
  ]);
  if (!allowed.ok) return { ok: false, message: retryMessage(allowed.retryAfterSeconds), values: echoedValues(values) };
  await getAuth().api.requestPasswordReset({ body: { email: parsed.data.email }, headers: requestHeaders });
  return { ok: true, message: `If ${parsed.data.email} has an account here, a link to choose a new password is on its way. It works for one hour.` };
}

/** Sets the new password from an emailed link; every session of the account is signed out. */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = passwordResetSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error), values: echoedValues(values) };
  try {
    await getAuth().api.resetPassword({ body: { newPassword: parsed.data.newPassword, token: parsed.data.token }, headers: await headers() });
  } catch (error) {
    return refusalState(error, values, () => "This reset link has expired or was already used. Ask for a new one.");
  }
  redirect("/sign-in?reset=1");
}

/** Sends the signed-in user a new link to confirm their address. */
export async function sendVerificationEmailAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in first." };
  if (!mailSettings()) return { ok: false, message: "This server sends no email." };
  const allowed = await consumeAttempts(db, [{ key: `verify:${user.id}`, rule: { limit: 5, windowMs: 60 * 60_000 } }]);
  if (!allowed.ok) return { ok: false, message: retryMessage(allowed.retryAfterSeconds) };
  await getAuth().api.sendVerificationEmail({ body: { email: user.email, callbackURL: "/me/profile?verified=1" }, headers: await headers() });
  return { ok: true, message: `A link to confirm ${user.email} is on its way.` };
}
