/**
 * The kinds of notification, who receives each, and how each is emailed unless the recipient
 * chooses otherwise. One list serves the services, the settings form, the inbox and the tests.
 */
export const NOTIFICATION_KINDS = [
  "request_received",
  "collaborator_left",
  "claim_expiring",
  "claim_lapsed",
  "request_answered",
  "claim_note",
  "claim_changed",
  "problem_claimed",
  "problem_freed",
  "work_added",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EMAIL_MODES = ["immediate", "digest", "never"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export const EMAIL_MODE_LABELS: Record<EmailMode, string> = {
  immediate: "Right away",
  digest: "Daily digest",
  never: "Never",
};

type KindInfo = { label: string; audience: "Your claims" | "Your requests and collaborations" | "Problems you watch"; defaultMode: EmailMode };

/**
 * Things addressed to you by name (a request, an answer, your own claim expiring) mail at once by
 * default; news about problems you watch comes as a daily digest, so watching many is not noisy.
 */
export const KIND_INFO: Record<NotificationKind, KindInfo> = {
  request_received: { label: "Someone asks to join your claim", audience: "Your claims", defaultMode: "immediate" },
  collaborator_left: { label: "A collaborator leaves your claim", audience: "Your claims", defaultMode: "immediate" },
  claim_expiring: { label: "Your claim expires in 14 days", audience: "Your claims", defaultMode: "immediate" },
  claim_lapsed: { label: "Your claim lapsed", audience: "Your claims", defaultMode: "immediate" },
  request_answered: { label: "Your request to join is accepted or declined", audience: "Your requests and collaborations", defaultMode: "immediate" },
  claim_note: { label: "A progress note on a claim you work on", audience: "Your requests and collaborations", defaultMode: "immediate" },
  claim_changed: { label: "A claim you collaborate on changes status, is withdrawn or done", audience: "Your requests and collaborations", defaultMode: "immediate" },
  problem_claimed: { label: "Someone claims the problem", audience: "Problems you watch", defaultMode: "digest" },
  problem_freed: { label: "The problem frees up (no active claim is left)", audience: "Problems you watch", defaultMode: "digest" },
  work_added: { label: "An outcome or a link to existing work is added", audience: "Problems you watch", defaultMode: "digest" },
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** Every kind's mode for one user: their choices over the defaults. */
export function effectiveModes(preferences: { kind: string; mode: string }[]): Record<NotificationKind, EmailMode> {
  const modes = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, KIND_INFO[kind].defaultMode])) as Record<NotificationKind, EmailMode>;
  for (const { kind, mode } of preferences) {
    if (isNotificationKind(kind) && (EMAIL_MODES as readonly string[]).includes(mode)) modes[kind] = mode as EmailMode;
  }
  return modes;
}
