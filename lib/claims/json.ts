import type { z } from "zod";
import type { claimJsonSchema } from "@/lib/api/schemas";
import type { ClaimView } from "./queries";

/** A claim as the public JSON API returns it: public fields only, contact details only where their owner made them public (lib/api/schemas.ts). */
export type ClaimJson = z.infer<typeof claimJsonSchema>;

/** Claims as seen by a signed-out visitor (claimsForProblem with no viewer), in the API's shape. */
export function toClaimJson(claim: ClaimView): ClaimJson {
  const expires = claim.status === "interested" || claim.status === "working";
  return {
    owner: { name: claim.owner.name, affiliation: claim.owner.affiliation, contact: claim.owner.contact },
    status: claim.status,
    startedAt: claim.startedAt.toISOString(),
    lastUpdateAt: claim.lastUpdateAt.toISOString(),
    expiresAt: expires ? claim.expiresAt.toISOString() : null,
    active: claim.active,
    lapsed: claim.lapsed,
    lookingForCollaborators: claim.lookingForCollaborators && claim.active,
    purpose: claim.purpose,
    aiInvolvement: claim.aiInvolvement,
    outcome: claim.outcome,
    notes: claim.notes.map((note) => ({ date: note.createdAt.toISOString(), author: note.authorName, body: note.body, links: note.links })),
  };
}
