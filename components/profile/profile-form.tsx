"use client";

import { useActionState } from "react";
import { buttonClass, RadioGroupField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { saveProfileAction } from "@/lib/profile/actions";
import { CONTACT_VISIBILITIES, CONTACT_VISIBILITY_LABELS, MAX_BIO_LENGTH } from "@/lib/profile/vocabulary";
import type { ProfileInput } from "@/lib/profile/schema";

const VISIBILITY_OPTIONS = CONTACT_VISIBILITIES.map((value) => ({ value, label: CONTACT_VISIBILITY_LABELS[value] }));

export function ProfileForm({ profile }: { profile: ProfileInput }) {
  const [state, action, pending] = useActionState(saveProfileAction, INITIAL_FORM_STATE);
  const form = useFormDraft(state, profile);
  return (
    <form key={form.key} ref={form.focusFirstError} action={action} className="space-y-4">
      <FormMessage state={form.state} />
      <TextField label="Display name" required {...form.field("name")} />
      <TextField label="Affiliation" {...form.field("affiliation")} />
      <TextAreaField label="Short bio" limit={MAX_BIO_LENGTH} {...form.field("bio")} />
      <TextField label="Skills" hint="For example: PyTorch, TransformerLens, linear algebra." {...form.field("skills")} />
      <fieldset className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        <legend className="px-1 text-sm font-semibold">Contact details</legend>
        <TextField label="Contact email" type="email" {...form.field("contactEmail")} />
        <TextField label="Discord handle" {...form.field("discord")} />
        <TextField label="Website" type="url" placeholder="https://" {...form.field("website")} />
        <RadioGroupField label="Who can see them" options={VISIBILITY_OPTIONS} {...form.field("contactVisibility")} />
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass}>
        Save profile
      </button>
    </form>
  );
}
