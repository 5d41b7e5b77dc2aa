/** Profile words and limits shared by the schema and the form in the browser (no zod here). */

export const MAX_BIO_LENGTH = 1000;

export const CONTACT_VISIBILITIES = ["public", "collaborators", "hidden"] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITIES)[number];

export const CONTACT_VISIBILITY_LABELS: Record<ContactVisibility, string> = {
  public: "Everyone",
  collaborators: "Only my collaborators",
  hidden: "Nobody",
};
