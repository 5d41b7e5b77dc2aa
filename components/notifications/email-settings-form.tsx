"use client";

import { useActionState } from "react";
import { buttonClass, SelectField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { saveEmailPreferencesAction } from "@/lib/notifications/actions";
import { EMAIL_MODE_LABELS, EMAIL_MODES, KIND_INFO, NOTIFICATION_KINDS, type EmailMode, type NotificationKind } from "@/lib/notifications/kinds";

const MODE_OPTIONS = EMAIL_MODES.map((mode) => ({ value: mode, label: EMAIL_MODE_LABELS[mode] }));
const AUDIENCES = [...new Set(NOTIFICATION_KINDS.map((kind) => KIND_INFO[kind].audience))];

/** One select per kind of notification (right away, daily digest, never), grouped by whom it concerns. */
export function EmailSettingsForm({ modes }: { modes: Record<NotificationKind, EmailMode> }) {
  const [state, action, pending] = useActionState(saveEmailPreferencesAction, INITIAL_FORM_STATE);
  const saved = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [`email.${kind}`, modes[kind]]));
  const form = useFormDraft(state, saved);
  return (
    <form key={form.key} ref={form.focusFirstError} action={action} className="space-y-4">
      <FormMessage state={form.state} />
      {AUDIENCES.map((audience) => (
        <fieldset key={audience} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <legend className="px-1 text-sm font-semibold">{audience}</legend>
          {NOTIFICATION_KINDS.filter((kind) => KIND_INFO[kind].audience === audience).map((kind) => (
            <SelectField key={kind} label={KIND_INFO[kind].label} options={MODE_OPTIONS} {...form.field(`email.${kind}`)} />
          ))}
        </fieldset>
      ))}
      <button type="submit" disabled={pending} className={buttonClass}>
        Save email settings
      </button>
    </form>
  );
}
