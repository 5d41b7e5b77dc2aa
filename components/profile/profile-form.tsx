"use client";

import { useActionState } from "react";
import { buttonClass, TextAreaField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { saveProfileAction } from "@/lib/profile/actions";
import { CONTACT_VISIBILITIES, CONTACT_VISIBILITY_LABELS, type ProfileInput } from "@/lib/profile/schema";

export function ProfileForm({ profile }: { profile: ProfileInput }) {
  const [state, action, pending] = useActionState(saveProfileAction, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <TextField label="Display name" name="name" required maxLength={80} defaultValue={profile.name} error={errors.name} />
      <TextField label="Affiliation" name="affiliation" maxLength={120} defaultValue={profile.affiliation} error={errors.affiliation} />
      <TextAreaField label="Short bio" name="bio" maxLength={1000} defaultValue={profile.bio} error={errors.bio} />
      <TextField label="Skills" name="skills" maxLength={300} defaultValue={profile.skills} error={errors.skills} hint="For example: PyTorch, TransformerLens, linear algebra." />
      <fieldset className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        <legend className="px-1 text-sm font-semibold">Contact details</legend>
        <TextField label="Contact email" name="contactEmail" type="email" maxLength={254} defaultValue={profile.contactEmail} error={errors.contactEmail} />
        <TextField label="Discord handle" name="discord" maxLength={40} defaultValue={profile.discord} error={errors.discord} />
        <TextField label="Website" name="website" type="url" maxLength={500} placeholder="https://" defaultValue={profile.website} error={errors.website} />
        <div className="space-y-1">
          <p className="text-sm font-medium" id="visibility-label">
            Who can see them
          </p>
          {CONTACT_VISIBILITIES.map((visibility) => (
            <label key={visibility} className="flex items-center gap-2 text-sm">
              <input type="radio" name="contactVisibility" value={visibility} defaultChecked={profile.contactVisibility === visibility} className="accent-blue-700" />
              {CONTACT_VISIBILITY_LABELS[visibility]}
            </label>
          ))}
          {errors.contactVisibility && <p className="text-sm text-red-700 dark:text-red-300">{errors.contactVisibility}</p>}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass}>
        Save profile
      </button>
    </form>
  );
}
