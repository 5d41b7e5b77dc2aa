import { FormattedDate } from "@/components/formatted-date";
import type { ProgressNoteView } from "@/lib/claims/queries";
import { UserLinks } from "./user-links";

/** Notes shown before the rest fold away under "N earlier notes". */
const SHOWN_NOTES = 3;

/** A claim's progress notes, newest first; after the first few they fold into a <details>, which needs no JavaScript. */
export function ClaimTimeline({ notes }: { notes: ProgressNoteView[] }) {
  if (notes.length === 0) return null;
  const shown = notes.slice(0, SHOWN_NOTES);
  const folded = notes.slice(SHOWN_NOTES);
  return (
    <div className="space-y-2" data-testid="timeline">
      <h4 className="text-sm font-medium">Progress</h4>
      <NoteList notes={shown} />
      {folded.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">
            {folded.length} earlier {folded.length === 1 ? "note" : "notes"}
          </summary>
          <div className="mt-2">
            <NoteList notes={folded} />
          </div>
        </details>
      )}
    </div>
  );
}

function NoteList({ notes }: { notes: ProgressNoteView[] }) {
  return (
    <ol className="space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-800">
      {notes.map((note) => (
        <li key={note.id} className="min-w-0" data-testid="progress-note">
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            <FormattedDate date={note.createdAt} /> · {note.authorName}
          </p>
          {/* bodyHtml was rendered by renderUserMarkdown when the note was posted: sanitised, links rel="nofollow ugc noopener". */}
          <div className="prose-body text-sm [&>:first-child]:mt-0 [&>:last-child]:mb-0" dangerouslySetInnerHTML={{ __html: note.bodyHtml }} />
          <UserLinks links={note.links} />
        </li>
      ))}
    </ol>
  );
}
