import type { ContactVisibility } from "./schema";

/**
 * Whether the viewer may see a member's contact details. A "group" is a claim's owner and its
 * accepted collaborators: with "collaborators" visibility, members of the same group see each other.
 */
export function canSeeContact(
  member: { id: string; visibility: ContactVisibility },
  viewerId: string | null,
  group: ReadonlySet<string>,
): boolean {
  if (viewerId === member.id) return true;
  if (member.visibility === "public") return true;
  if (member.visibility === "collaborators") return viewerId !== null && group.has(viewerId) && group.has(member.id);
  return false;
}
