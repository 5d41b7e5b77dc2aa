import type { PersonView } from "@/lib/claims/queries";

/** A person's name and affiliation, with contact details only where their visibility allows. */
export function Person({ person }: { person: PersonView }) {
  return (
    <span className="inline-flex min-w-0 max-w-full flex-wrap items-baseline gap-x-2 [overflow-wrap:anywhere]" data-person={person.name}>
      <span className="font-medium">{person.name}</span>
      {person.affiliation && <span className="text-xs text-zinc-500 dark:text-zinc-400">{person.affiliation}</span>}
      {person.contact && (
        <span className="text-xs" data-testid="contact">
          {person.contact.email && (
            <a href={`mailto:${person.contact.email}`} className="underline">
              {person.contact.email}
            </a>
          )}
          {person.contact.discord && <span className="ml-2">Discord: {person.contact.discord}</span>}
          {person.contact.website && (
            <a href={person.contact.website} rel="nofollow ugc noopener noreferrer" className="ml-2 underline">
              website
            </a>
          )}
        </span>
      )}
    </span>
  );
}
