import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A notification shows (in the inbox, the unread count, a digest or an email) only while what it
 * is about is not hidden by a moderator. One definition for all of them.
 */
export const visibleNotificationWhere: Prisma.NotificationWhereInput = {
  AND: [
    { OR: [{ claimId: null }, { claim: { hiddenAt: null } }] },
    { OR: [{ requestId: null }, { request: { hiddenAt: null } }] },
    { OR: [{ workLinkId: null }, { workLink: { hiddenAt: null } }] },
  ],
};
