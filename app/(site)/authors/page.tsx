import type { Metadata } from 'next';
import Link from '@/components/Link';
import { AuthorAvatar } from '@/components/AuthorAvatar';
import { getAllPosts, getAuthors, getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { authorPath } from '@/lib/routes/urls';
import { siteTranslator } from '@/app/_routes/i18n';

export function generateMetadata(): Metadata {
  const tr = siteTranslator();
  return pageMetadata({ site: getSite(), title: tr.t('authors.title'), description: tr.t('authors.description'), path: '/authors' });
}

export default function AuthorsPage() {
  const tr = siteTranslator();
  const posts = getAllPosts();
  const authors = getAuthors()
    .map((author) => ({ author, count: posts.filter((p) => p.authors.includes(author.id)).length }))
    // The site's main author (Hugo Blox `superuser: true`) first, then by name.
    .sort((a, b) => Number(!!b.author.superuser) - Number(!!a.author.superuser) || a.author.name.localeCompare(b.author.name));
  return (
    <>
      <h1 className="mb-8 text-3xl font-bold">{tr.t('authors.title')}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {authors.map(({ author, count }) => (
          <li key={author.id} className="relative flex items-center gap-4 rounded-2xl border border-border bg-surface p-4 hover:border-accent">
            <AuthorAvatar author={author} size={64} />
            <div className="min-w-0">
              <h2 className="text-lg font-semibold">
                {/* The whole card is the link's target area; the name is its text. */}
                <Link href={authorPath(author.id)} className="text-fg no-underline after:absolute after:inset-0">
                  {author.name}
                </Link>
              </h2>
              {author.role ? <p className="text-sm text-muted">{author.role}</p> : null}
              <p className="text-sm text-muted">{tr.t('posts.count', { n: count })}</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
