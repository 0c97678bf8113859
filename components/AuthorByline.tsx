import type { Author } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';
import { AuthorAvatar } from './AuthorAvatar';
import { authorLink } from '@/lib/publish/cards';
import { AuthorLinks } from './AuthorLinks';
import { listLabels } from './island-labels';
import { rich } from './rich';

/** "By Ragni Mayte and Sam Okafor" under a post title, with their avatars side by side. */
export function AuthorByline({ authors, tr = translator('en') }: { authors: readonly Author[]; tr?: Translator }) {
  if (!authors.length) return null;
  const only = authors.length === 1 ? authors[0] : undefined;
  return (
    <div className="mt-4 flex items-center gap-3" data-byline>
      <span className="flex -space-x-2">
        {authors.map((a) => (
          <AuthorAvatar key={a.id} author={a} size={40} className="ring-2 ring-bg" eager />
        ))}
      </span>
      <p className="leading-tight">
        {rich(tr.t('post.by'), { authors: <AuthorLinks authors={authors.map(authorLink)} labels={listLabels(tr)} /> }, tr.dir)}
        {only?.role ? <span className="block text-sm text-muted">{only.role}</span> : null}
      </p>
    </div>
  );
}
