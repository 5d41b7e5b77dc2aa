"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { FormMessage } from "./form-message";
import { buttonClass, secondaryButtonClass } from "./field";

/**
 * A one-button form (withdraw, accept, hide…) that posts hidden values and shows the outcome.
 * `done` hides the button once its effect makes it moot (a withdrawn claim, an answered request)
 * but keeps the outcome message: the component stays where it was, so the message survives both
 * the page's refresh after the action and a page rendered without JavaScript.
 */
export function ActionButton({
  action,
  values,
  label,
  variant = "secondary",
  confirm,
  done = false,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  values: Record<string, string | number>;
  label: string;
  variant?: "primary" | "secondary";
  confirm?: string;
  done?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  if (done) return <FormMessage state={state} />;
  return (
    <form
      action={formAction}
      className="inline-flex flex-col gap-1"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={variant === "primary" ? buttonClass : secondaryButtonClass}>
        {label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
