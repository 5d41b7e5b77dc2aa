import { KIND_INFO, type NotificationKind } from "./kinds";
import { unsubscribeQuery, type UnsubscribeScope } from "./unsubscribe-token";
import { escapeHtml } from "@/lib/escape-html";

/** What an email needs to know about one notification. */
export type MailedNotification = { id: number; kind: NotificationKind; title: string; detail: string; path: string };

export type ComposedMail = { subject: string; text: string; html: string; unsubscribeUrl: string };


/**
 * Two addresses for one signed link: the page a person opens from the email (it asks for one click,
 * because mail scanners open links on their own), and the endpoint that List-Unsubscribe-Post
 * (RFC 8058) lets a mail client call directly.
 */
export function unsubscribeUrls(baseUrl: string, userId: string, scope: UnsubscribeScope, secret: string): { page: string; oneClick: string } {
  const query = unsubscribeQuery(userId, scope, secret);
  return { page: `${baseUrl}/unsubscribe?${query}`, oneClick: `${baseUrl}/api/unsubscribe?${query}` };
}

function footer(baseUrl: string, unsubscribe: string, what: string) {
  const settings = `${baseUrl}/me/profile#email`;
  return {
    text: `\n--\nYou get this because of your email settings at ${baseUrl}.\nStop ${what}: ${unsubscribe}\nAll email settings: ${settings}\n`,
    html: `<hr><p style="color:#555;font-size:13px">You get this because of your email settings. <a href="${escapeHtml(unsubscribe)}">Stop ${escapeHtml(what)}</a> · <a href="${escapeHtml(settings)}">All email settings</a></p>`,
  };
}

/** The email for one notification sent right away: its line as the subject, a link to the item, an unsubscribe link for its kind. */
export function composeNotificationMail(notification: MailedNotification, userId: string, baseUrl: string, secret: string): ComposedMail {
  const link = `${baseUrl}${notification.path}`;
  const unsubscribe = unsubscribeUrls(baseUrl, userId, notification.kind, secret);
  const what = `emails like this (“${KIND_INFO[notification.kind].label}”)`;
  const end = footer(baseUrl, unsubscribe.page, what);
  const detail = notification.detail ? `\n\n${notification.detail}` : "";
  return {
    subject: notification.title,
    text: `${notification.title}${detail}\n\nOpen it: ${link}\n${end.text}`,
    html:
      `<p>${escapeHtml(notification.title)}</p>` +
      (notification.detail ? `<blockquote style="white-space:pre-wrap">${escapeHtml(notification.detail)}</blockquote>` : "") +
      `<p><a href="${escapeHtml(link)}">Open it</a></p>${end.html}`,
    unsubscribeUrl: unsubscribe.oneClick,
  };
}

/** One email listing a day's notifications for the recipient's digest kinds. */
export function composeDigestMail(notifications: MailedNotification[], userId: string, baseUrl: string, secret: string): ComposedMail {
  const unsubscribe = unsubscribeUrls(baseUrl, userId, "all", secret);
  const end = footer(baseUrl, unsubscribe.page, "all email from us");
  const count = notifications.length;
  const subject = `Your daily digest: ${count} ${count === 1 ? "update" : "updates"}`;
  const lines = notifications.map((notification) => `- ${notification.title}\n  ${baseUrl}${notification.path}`);
  const items = notifications.map((notification) => `<li><a href="${escapeHtml(`${baseUrl}${notification.path}`)}">${escapeHtml(notification.title)}</a></li>`);
  return {
    subject,
    text: `${subject}\n\n${lines.join("\n")}\n\nYour inbox: ${baseUrl}/me/notifications\n${end.text}`,
    html: `<p>${escapeHtml(subject)}</p><ul>${items.join("")}</ul><p><a href="${escapeHtml(`${baseUrl}/me/notifications`)}">Your inbox</a></p>${end.html}`,
    unsubscribeUrl: unsubscribe.oneClick,
  };
}
