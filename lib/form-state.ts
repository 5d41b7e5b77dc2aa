import type { z } from "zod";

/** What a form action returns for the form to show: a message and errors per field. */
export type FormState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

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
export function formValues(formData: FormData, repeated: readonly string[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).map((value) => (typeof value === "string" ? value : ""));
    values[key] = repeated.includes(key) ? all : all.at(-1);
  }
  return values;
}
