"use server";

import type { FormState } from "@/lib/form-state";
import { perform } from "@/lib/perform-action";
import { saveProfile } from "./profile";

export async function saveProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, saveProfile, "Profile saved.");
}
