import type { z } from "zod";
import { fieldErrorsOf } from "./form-state";

/** What a lib/ mutation returns: user mistakes and refusals are values, bugs are thrown. */
export type MutationResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

export function succeeded<T>(value: T): MutationResult<T> {
  return { ok: true, value };
}

export function refused(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

export function invalid(error: z.ZodError): { ok: false; error: string; fieldErrors: Record<string, string> } {
  return { ok: false, error: "Check the fields below.", fieldErrors: fieldErrorsOf(error) };
}
