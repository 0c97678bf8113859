import Link from 'next/link';
import type { Author } from '@/lib/content';
import { authorPath } from '@/lib/urls';

/** "Ragni Mayte and Sam Lee", each a link to the author's page. */
export function AuthorNames({ authors }: { authors: readonly Author[] }) {
  if (!authors.length) return null;
  return (
    <span>
      {authors.map((a, i) => (
        <span key={a.id}>
          {i > 0 ? (i === authors.length - 1 ? ' and ' : ', ') : null}
          <Link href={authorPath(a.id)} className="text-fg underline decoration-border underline-offset-4 hover:decoration-accent">
            {a.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
