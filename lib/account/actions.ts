"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getAuth } from "@/lib/auth/server";
import { formValues, type FormState } from "@/lib/form-state";
import { perform } from "@/lib/perform-action";
import { changePassword, deleteAccount } from "./service";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Not perform(): every field here is a password, so a refusal sends no values back at all.
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in first." };
  const result = await changePassword(user, formValues(formData), await headers());
  if (!result.ok) return { ok: false, message: result.error, fieldErrors: result.fieldErrors, values: {} };
  // Better Auth replaced the session and its cookie; this request still carries the old one, so a
  // render now would show the user signed out. A fresh request (with the new cookie) shows the page.
  redirect("/me/account?password=changed");
}

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await perform(formData, deleteAccount, "Your account is deleted.");
  if (!state.ok) return state;
  // The sessions went with the user row; signing out also clears the cookie in this browser.
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/?account=deleted");
}
