"use server";

import type { FormState } from "@/lib/form-state";
import { formatDay } from "@/lib/format-date";
import { perform } from "@/lib/perform-action";
import {
  addWorkLink,
  deleteWorkLink,
  postProgressNote,
  renewClaim,
  respondToRequest,
  saveClaim,
  sendCollaborationRequest,
  setHidden,
  withdrawClaim,
  withdrawRequest,
} from "./service";

export async function saveClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(
    formData,
    saveClaim,
    ({ hiddenAt }) =>
      hiddenAt ? `Your claim is saved, but it is still hidden: a moderator hid it on ${formatDay(hiddenAt)}, so other people cannot see it.` : "Your claim is saved.",
    { repeated: ["links"] },
  );
}

export async function withdrawClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, withdrawClaim, "Claim withdrawn; it stays in the problem's history.");
}

export async function renewClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, renewClaim, ({ expiresAt }) => `Renewed: your claim runs until ${formatDay(expiresAt)}.`);
}

export async function postProgressNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, postProgressNote, "Note posted.", { repeated: ["links"] });
}

export async function sendRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, sendCollaborationRequest, "Request sent. The owner will see it on their dashboard.");
}

export async function respondToRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, respondToRequest, "Answer saved.");
}

export async function withdrawRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, withdrawRequest, "Request withdrawn.");
}

export async function addWorkLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, addWorkLink, "Link added.");
}

export async function deleteWorkLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, deleteWorkLink, "Link removed.");
}

export async function setHiddenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, setHidden, "Done.");
}
