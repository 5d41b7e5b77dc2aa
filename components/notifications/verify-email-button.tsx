"use client";

import { ActionButton } from "@/components/forms/action-button";
import { sendVerificationEmailAction } from "@/lib/auth/actions";

export function VerifyEmailButton() {
  return <ActionButton action={sendVerificationEmailAction} values={{}} label="Send me a confirmation link" />;
}
