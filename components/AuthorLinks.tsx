import Link from '@/components/Link';
import type { AuthorLink } from '@/lib/publish/cards';
import { say, type Labels } from '@/lib/message-format';

/** "Ragni Mayte and Sam Lee", each a link to the author's page; plain data, so the home filter's cards use it too. */
export function AuthorLinks({ authors, labels }: { authors: readonly AuthorLink[]; labels: Labels<'comma' | 'and'> }) {
  if (!authors.length) return null;
  return (
    <span>
      {authors.map((a, i) => (
        <span key={a.href}>
          {i > 0 ? say(labels, i === authors.length - 1 ? 'and' : 'comma') : null}
          <Link href={a.href} className="text-fg underline decoration-border underline-offset-4 hover:decoration-accent">
            {a.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
