import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { CACHE_TAGS, expireAfterWrite } from "@/lib/cache/tags";
import type { Actor } from "@/lib/claims/service";
import { db } from "@/lib/db";
import { echoedValues, formValues, type FormState } from "@/lib/form-state";
import type { MutationResult } from "@/lib/mutation-result";
import { consumeAttempt } from "@/lib/rate-limit/attempts";
import { attemptRules, retryMessage } from "@/lib/rate-limit/rules";

/**
 * Server actions: each reads the acting user from the session (never from the form), hands the
 * untrusted form values to one lib/ mutation, and turns its result into form state. They work as
 * plain form posts without JavaScript. Every write counts against a generous per-user limit, so
 * a script cannot flood a problem page.
 */
export async function perform<T>(
  formData: FormData,
  mutation: (actor: Actor, input: unknown) => Promise<MutationResult<T>>,
  success: string | ((value: T) => string),
  options: { repeated?: string[] } = {},
): Promise<FormState> {
  const values = formValues(formData, options.repeated);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in first.", values: echoedValues(values) };
  const allowed = await consumeAttempt(db, `writes:${user.id}`, attemptRules().writesPerUser);
  if (!allowed.ok) return { ok: false, message: retryMessage(allowed.retryAfterSeconds).replace("attempts", "changes"), values: echoedValues(values) };
  const result = await mutation(user, values);
  if (!result.ok) return { ok: false, message: result.error, fieldErrors: result.fieldErrors, values: echoedValues(values) };
  // Every mutation here changes community data (claims, requests, links, moderation, profiles):
  // cached pages and API answers that show it render fresh on the very next request.
  expireAfterWrite(CACHE_TAGS.community);
  return { ok: true, message: typeof success === "function" ? success(result.value) : success };
}
