import Link from 'next/link';
import type { AuthorLink } from '@/lib/cards';

/** "Ragni Mayte and Sam Lee", each a link to the author's page; plain data, so the home filter's cards use it too. */
export function AuthorLinks({ authors }: { authors: readonly AuthorLink[] }) {
  if (!authors.length) return null;
  return (
    <span>
      {authors.map((a, i) => (
        <span key={a.href}>
          {i > 0 ? (i === authors.length - 1 ? ' and ' : ', ') : null}
          <Link href={a.href} className="text-fg underline decoration-border underline-offset-4 hover:decoration-accent">
            {a.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
