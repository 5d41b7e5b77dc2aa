import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { appBaseUrl } from "@/lib/mail/config";
import { nudgeMailWorker } from "@/lib/mail/nudge";
import { enqueueMail } from "@/lib/mail/outbox";
import { escapeHtml } from "@/lib/escape-html";

/**
 * Better Auth's two emails (password reset, address verification), queued in the outbox like every
 * other email, so an SMTP outage delays them instead of losing them. Neither has an unsubscribe
 * link: they are sent only because the person asked, and stopping them would lock them out.
 */
type MailUser = { id: string; email: string; name: string };


async function queue(user: MailUser, dedupeKey: string, subject: string, lines: string[], link: string, linkLabel: string) {
  await enqueueMail(db, {
    dedupeKey,
    userId: user.id,
    to: user.email,
    subject,
    text: `Hello ${user.name},\n\n${lines.join("\n\n")}\n\n${linkLabel}: ${link}\n`,
    html: `<p>Hello ${escapeHtml(user.name)},</p>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}<p><a href="${escapeHtml(link)}">${escapeHtml(linkLabel)}</a></p>`,
  });
  nudgeMailWorker();
}

export const PASSWORD_RESET_VALID_SECONDS = 60 * 60;

export async function queuePasswordResetMail(user: MailUser, token: string): Promise<void> {
  const link = `${appBaseUrl()}/reset-password?token=${encodeURIComponent(token)}`;
  await queue(
    user,
    `password-reset:${token}`,
    "Reset your password",
    ["Someone (we hope you) asked to reset the password of your Open Problems account.", "The link works once, for one hour. If you did not ask, ignore this email: your password stays as it is."],
    link,
    "Choose a new password",
  );
}

export async function queueVerificationMail(user: MailUser, token: string): Promise<void> {
  const callback = encodeURIComponent("/me/profile?verified=1");
  const link = `${appBaseUrl()}/api/auth/verify-email?token=${encodeURIComponent(token)}&callbackURL=${callback}`;
  // Each request for a link is its own email (a new token each time), so the key is unique per call.
  await queue(user, `verify-email:${randomUUID()}`, "Confirm your email address", ["Confirm that this address is yours, so that we can email you notifications."], link, "Confirm my address");
}
