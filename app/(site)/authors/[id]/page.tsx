import type { Metadata } from 'next';
import Link from '@/components/Link';
import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/AuthorProfile';
import { FollowLinks } from '@/components/FollowLinks';
import { PostCardView } from '@/components/PostCardView';
import { siteCard } from '@/lib/queries/cards';
import { getAllPosts, getAuthor, getAuthors, getSite } from '@/lib/content';
import { compileAuthorAbout } from '@/lib/mdx/compile';
import { editorComponents } from '@/components/mdx';
import { pageMetadata } from '@/lib/publish/metadata';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';
import { authorPath, pagePath } from '@/lib/routes/urls';
import { siteTranslator } from '@/app/_routes/i18n';

export const dynamicParams = false;

export function generateStaticParams() {
  return neverEmpty(getAuthors().map((a) => ({ id: a.id })), { id: PLACEHOLDER });
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).id);
  if (!author) return {};
  return pageMetadata({
    site: getSite(),
    title: author.name,
    description: author.bio ?? author.role ?? siteTranslator().t('author.postsBy', { name: author.name }),
    path: authorPath(author.id),
    feed: { kind: 'author', slug: author.id, name: author.name },
  });
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).id);
  if (!author) notFound();
  const site = getSite();
  const tr = siteTranslator();
  const posts = getAllPosts().filter((p) => p.authors.includes(author.id));
  const about = await compileAuthorAbout(author, { locale: site.language, components: editorComponents });
  return (
    <>
      <AuthorProfile author={author} showEmail={site.authors.show_email} tr={tr} />
      <div className="mb-8 text-sm">
        <FollowLinks site={site} scope={{ kind: 'author', slug: author.id, name: author.name }} label={tr.t('follow.named', { name: author.name })} tr={tr} />
      </div>
      {about ? <div className="prose mb-12 max-w-2xl">{about.content}</div> : null}
      <h2 className="mb-4 text-xl font-semibold">{tr.t('author.postsBy', { name: author.name })}</h2>
      {posts.length ? (
        <ol className="grid gap-6">
          {posts.map((post) => (
            <li key={post.slug}>
              <PostCardView card={siteCard(post, site)} headingLevel="h3" tr={tr} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted">{tr.t('posts.none')}</p>
      )}
      <p className="mt-10">
        <Link href={pagePath('/authors')}>{tr.t('authors.all')}</Link>
      </p>
    </>
  );
}
