"use server";

import type { FormState } from "@/lib/form-state";
import { perform } from "@/lib/perform-action";
import { markAllNotificationsRead, markNotificationRead, saveEmailPreferences, setWatching } from "./service";

const PRIVATE = { changesCommunity: false };

export async function markNotificationReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, markNotificationRead, "Marked read.", PRIVATE);
}

export async function markAllNotificationsReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, markAllNotificationsRead, ({ count }) => (count === 0 ? "Nothing was unread." : `Marked ${count} read.`), PRIVATE);
}

export async function setWatchingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(
    formData,
    setWatching,
    ({ watching, problemNumber }) => (watching ? `You are watching ${problemNumber}: you will hear when it is claimed, freed up or gets new work.` : `You no longer watch ${problemNumber}.`),
    PRIVATE,
  );
}

export async function saveEmailPreferencesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, saveEmailPreferences, "Email settings saved.", PRIVATE);
}
