import type { z } from "zod";

/** What the user submitted, by field name: forms render these after a refusal so nothing typed is lost. */
export type FormValues = Record<string, string | string[]>;

/**
 * What a form action returns for the form to show: a message, errors per field and, after a
 * refusal, the submitted values (never a password), which the form renders in place of the saved ones.
 */
export type FormState = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; values?: FormValues };

export const INITIAL_FORM_STATE: FormState = { ok: false };

/** The first error of each field, keyed by field name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** FormData as a plain object; repeated names become arrays only where asked. */
export function formValues(formData: FormData, repeated: readonly string[] = []): FormValues {
  const values: FormValues = {};
  // A forged action call can pass anything; treat it as an empty form so validation refuses it.
  if (!(formData instanceof FormData)) return values;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).map((value) => (typeof value === "string" ? value : ""));
    values[key] = repeated.includes(key) ? all : (all.at(-1) ?? "");
  }
  return values;
}

/** The submitted values minus secrets, to send back with a refusal. */
export function echoedValues(values: FormValues, secrets: readonly string[] = ["password", "currentPassword", "newPassword"]): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !secrets.includes(name)));
}
