import Link from 'next/link';
import type { AuthorLink } from '@/lib/cards';
import type { Author } from '@/lib/content';
import { authorPath } from '@/lib/urls';

/** "Ragni Mayte and Sam Lee", each a link to the author's page. */
export function AuthorNames({ authors }: { authors: readonly Author[] }) {
  return <AuthorLinks authors={authors.map((a) => ({ name: a.name, href: authorPath(a.id) }))} />;
}

/** The same from plain data, for cards the home filter renders in the browser. */
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
