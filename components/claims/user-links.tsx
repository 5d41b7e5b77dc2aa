/** Links people gave with a claim or a progress note: shown as their address, marked as user content. */
export function UserLinks({ links, className = "text-sm" }: { links: string[]; className?: string }) {
  if (links.length === 0) return null;
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link}>
          <a href={link} rel="nofollow ugc noopener noreferrer" className="underline">
            {link}
          </a>
        </li>
      ))}
    </ul>
  );
}
