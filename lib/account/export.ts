import "server-only";
import { db } from "@/lib/db";
import { DIFFICULTY_LETTERS } from "@/lib/problems/difficulty";

/**
 * "Download my data": everything the app holds about one user, as plain JSON. Never included:
 * the password hash, session tokens, OAuth tokens, or other people's contact details and messages.
 */
export async function exportAccountData(userId: string, now = new Date()) {
  const problem = { select: { number: true, title: true } } as const;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      image: true,
      role: true,
      createdAt: true,
      updatedAt: true,
      accounts: { select: { providerId: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      sessions: { select: { createdAt: true, expiresAt: true, ipAddress: true, userAgent: true }, orderBy: { createdAt: "asc" } },
      profile: {
        select: { affiliation: true, bio: true, skills: true, contactEmail: true, discord: true, website: true, contactVisibility: true, updatedAt: true },
      },
      claims: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          problem,
          status: true,
          note: true,
          linksJson: true,
          lookingForCollaborators: true,
          startedAt: true,
          lastUpdateAt: true,
          createdAt: true,
          hiddenAt: true,
          // Requests received: who asked and when. Their messages are the senders' own words, so they stay out.
          requests: {
            where: { hiddenAt: null },
            orderBy: { createdAt: "asc" },
            select: { id: true, status: true, createdAt: true, respondedAt: true, requester: { select: { name: true } } },
          },
        },
      },
      requestsSent: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          message: true,
          status: true,
          createdAt: true,
          respondedAt: true,
          hiddenAt: true,
          claim: { select: { problem, user: { select: { name: true } } } },
        },
      },
      workLinks: { orderBy: { createdAt: "asc" }, select: { id: true, problem, title: true, url: true, kind: true, createdAt: true, hiddenAt: true } },
      moderationActions: { orderBy: { createdAt: "asc" }, select: { targetType: true, targetId: true, action: true, createdAt: true } },
      watches: { orderBy: { createdAt: "asc" }, select: { problem, createdAt: true } },
      difficultyReports: { orderBy: { createdAt: "asc" }, select: { problem, level: true, duration: true, createdAt: true, updatedAt: true } },
      emailPreferences: { orderBy: { kind: "asc" }, select: { kind: true, mode: true } },
      // Without the excerpt (detail): it quotes what others wrote, which this export leaves out.
      notifications: { orderBy: { createdAt: "asc" }, select: { kind: true, title: true, path: true, createdAt: true, readAt: true } },
    },
  });
  if (!user) return null;
  const { accounts, sessions, profile, claims, requestsSent, workLinks, moderationActions, watches, difficultyReports, emailPreferences, notifications, ...account } = user;
  return {
    exportedAt: now.toISOString(),
    account: { ...account, signInMethods: accounts.map((entry) => ({ method: entry.providerId, since: entry.createdAt })) },
    sessions,
    profile,
    claims: claims.map(({ linksJson, requests, ...claim }) => ({
      ...claim,
      links: JSON.parse(linksJson) as string[],
      requestsReceived: requests.map(({ requester, ...request }) => ({ ...request, from: requester.name })),
    })),
    requestsSent: requestsSent.map(({ claim, ...request }) => ({ ...request, problem: claim.problem, to: claim.user.name })),
    workLinks,
    moderationActions,
    watching: watches.map((watch) => ({ ...watch.problem, since: watch.createdAt })),
    // The letter as the form showed it, not the stored level.
    difficultyReports: difficultyReports.map(({ level, ...report }) => ({ ...report, difficulty: DIFFICULTY_LETTERS[level - 1] ?? null })),
    emailPreferences,
    notifications,
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;
