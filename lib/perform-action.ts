import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { CACHE_TAGS, expireAfterWrite, refreshAfterPrivateWrite } from "@/lib/cache/tags";
import type { Actor } from "@/lib/claims/service";
import { db } from "@/lib/db";
import { nudgeMailWorker } from "@/lib/mail/nudge";
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
  options: { repeated?: string[]; changesCommunity?: boolean } = {},
): Promise<FormState> {
  const values = formValues(formData, options.repeated);
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in first.", values: echoedValues(values) };
  const allowed = await consumeAttempt(db, `writes:${user.id}`, attemptRules().writesPerUser);
  if (!allowed.ok) return { ok: false, message: retryMessage(allowed.retryAfterSeconds).replace("attempts", "changes"), values: echoedValues(values) };
  const result = await mutation(user, values);
  if (!result.ok) return { ok: false, message: result.error, fieldErrors: result.fieldErrors, values: echoedValues(values) };
  // Community data (claims, requests, links, moderation, profiles) shows on cached pages and API
  // answers: they render fresh on the very next request. A user's own inbox and settings do not.
  if (options.changesCommunity ?? true) expireAfterWrite(CACHE_TAGS.community);
  else refreshAfterPrivateWrite();
  // The write may have queued email (lib/notifications/record.ts): send it now, not at the next round.
  nudgeMailWorker();
  return { ok: true, message: typeof success === "function" ? success(result.value) : success };
}
