import "server-only";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/claims/service";
import { echoedValues, formValues, type FormState } from "@/lib/form-state";
import type { MutationResult } from "@/lib/mutation-result";

/**
 * Server actions: each reads the acting user from the session (never from the form), hands the
 * untrusted form values to one lib/ mutation, and turns its result into form state. They work as
 * plain form posts without JavaScript.
 */
export async function perform<T>(
  formData: FormData,
  mutation: (actor: Actor, input: unknown) => Promise<MutationResult<T>>,
  success: string,
  options: { repeated?: string[] } = {},
): Promise<FormState> {
  const user = await getCurrentUser();
  const values = formValues(formData, options.repeated);
  if (!user) return { ok: false, message: "Sign in first.", values: echoedValues(values) };
  const result = await mutation(user, values);
  if (!result.ok) return { ok: false, message: result.error, fieldErrors: result.fieldErrors, values: echoedValues(values) };
  // Pages read the session, so they render per request; this refreshes the client router cache.
  revalidatePath("/", "layout");
  return { ok: true, message: success };
}

