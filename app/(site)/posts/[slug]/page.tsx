import type { Metadata } from 'next';
import Link from '@/components/Link';
import { notFound } from 'next/navigation';
import { AnalyticsPixel } from '@/components/Analytics';
import { AuthorByline } from '@/components/AuthorByline';
import { Comments } from '@/components/Comments';
import { Diagrams } from '@/components/Diagrams';
import { EventJsonLd } from '@/components/EventJsonLd';
import { EventPageHead } from '@/components/EventPageHead';
import { FormattedDate } from '@/components/FormattedDate';
import { InlineMarkdown } from '@/components/InlineMarkdown';
import { JsonLd } from '@/components/JsonLd';
import { NewsletterSignup } from '@/components/NewsletterSignup';
import { Picture } from '@/components/Picture';
import { RelatedPosts } from '@/components/RelatedPosts';
import { SeriesNav } from '@/components/SeriesNav';
import { ShareLinks } from '@/components/ShareLinks';
import { TableOfContents } from '@/components/TableOfContents';
import { TagLinks } from '@/components/TagLinks';
import { getAdjacentPosts, getAllPosts, getPost, getSite, postAuthors, type Asset, type Author, type Post, type SiteConfig } from '@/lib/content';
import type { Translator } from '@/lib/i18n';
import { plainText } from '@/lib/text';
import { BODY_SIZES } from '@/lib/images/plan';
import { preparedImage } from '@/lib/images/responsive';
import { compilePost } from '@/lib/mdx/compile';
import { editorComponents } from '@/components/mdx';
import { tableOfContents } from '@/lib/mdx/headings';
import { relatedPostsOf } from '@/lib/terms/related';
import { blogPostingJsonLd } from '@/lib/publish/json-ld';
import { postMetadata } from '@/lib/publish/metadata';
import { seriesOf } from '@/lib/terms/series';
import { getSeries, getTags } from '@/lib/queries/terms';
import { termLinks } from '@/lib/terms/tags';
import { absoluteUrl, assetUrl, languagePrefix, postPath } from '@/lib/routes/urls';
import { katexStylesheetUrl, mermaidScriptUrl } from '@/lib/routes/vendor';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';
import { rich } from '@/components/rich';
import { postTranslations } from '@/lib/queries/translations';
import { withLanguage } from '@/lib/routes/page-language';
import { PostLanguages } from '@/components/PostLanguages';
import { homePath } from '@/lib/routes/urls';
import { siteTranslator } from '@/app/_routes/i18n';

export const dynamicParams = false;

export function generateStaticParams() {
  return neverEmpty(getAllPosts().map((post) => ({ slug: post.slug })), { slug: PLACEHOLDER });
}

/** How wide the hero is drawn at each `image.placement` (the figure's negative margins below). */
const HERO_SIZES: Record<number, string> = {
  2: '(min-width: 40rem) 52rem, calc(100vw - 2rem)',
  3: '(min-width: 64rem) 64rem, 100vw',
};

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost((await params).slug);
  if (!post) return {};
  return postMetadata(getSite(), post, postAuthors(post), postTranslations(post));
}

/** Every language of the site: the post's translation in it, or that language's home. */
function postLanguages(post: Post, site: SiteConfig) {
  if (site.languages.length < 2) return [];
  const versions = postTranslations(post);
  return site.languages.map((l) => {
    const version = versions.find((v) => v.lang === l.code);
    return { code: l.code, name: l.name, path: version?.path ?? withLanguage(l.code, homePath), translated: Boolean(version) };
  });
}

export default async function PostPage({ params }: Props) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  const site = getSite();
  const tr = siteTranslator();
  const { content, headings, uses } = await compilePost(post, { locale: site.language, messages: site.lang.messages, components: editorComponents });
  const authors = postAuthors(post);
  const { newer, older } = getAdjacentPosts(post.slug);
  const hero = post.featuredImage && !post.image.preview_only ? post.featuredImage : undefined;
  const related = site.related ? relatedPostsOf(post, getAllPosts()) : [];
  return (
    <article data-pagefind-body className="mx-auto max-w-3xl">
      {/* KaTeX's stylesheet and fonts, served by the site, only where there is math. Without
          `precedence` on purpose: React would then announce it in the page's RSC payload, and
          every page that prefetches a link to this one would download it too. */}
      {uses.math ? <link rel="stylesheet" href={katexStylesheetUrl} /> : null}
      <JsonLd data={blogPostingJsonLd(site, post, authors)} />
      <EventJsonLd post={post} site={site} />
      <PostHeader post={post} site={site} authors={authors} tr={tr} />
      {hero ? <HeroImage post={post} hero={hero} /> : null}
      {post.eventPage && post.event ? <EventPageHead post={post} event={post.event} extras={post.eventPage} locale={site.language} tr={tr} /> : null}
      {seriesOf(post, getSeries()).map((place) => (
        <SeriesNav key={place.series.slug} place={place} post={post} tr={tr} />
      ))}
      <TableOfContents headings={tableOfContents(headings)} tr={tr} />
      <div dir="auto" className="prose prose-lg mt-8 max-w-none">{content}</div>
      {uses.diagrams ? <Diagrams src={mermaidScriptUrl} labels={tr.labels({ failed: 'diagram.failed' })} /> : null}
      <ShareLinks page={{ url: absoluteUrl(site.url, postPath(post.slug)), title: post.title }} tr={tr} />
      {site.newsletter ? <NewsletterSignup settings={site.newsletter} tr={tr} /> : null}
      {site.comments && post.comments ? <Comments settings={site.comments} pathname={postPath(post.slug)} tr={tr} /> : null}
      <AnalyticsPixel site={site} pathname={postPath(post.slug)} />
      <RelatedPosts posts={related} site={site} tr={tr} />
      <OlderNewer older={older} newer={newer} tr={tr} />
    </article>
  );
}

/** The post's title, editor-written summary, dates and reading time, authors, languages and tags. */
function PostHeader({ post, site, authors, tr }: { post: Post; site: SiteConfig; authors: Author[]; tr: Translator }) {
  return (
    <header className="mb-8">
      <h1 dir="auto" className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{post.title}</h1>
      {/* A summary the editor wrote is the standfirst (and searchable); a derived one repeats the body. */}
      {typeof post.data.summary === 'string' && post.data.summary.trim() ? (
        <p dir="auto" className="mt-3 text-lg text-muted">
          <InlineMarkdown text={post.data.summary.trim()} />
        </p>
      ) : null}
      <p className="mt-3 text-muted" data-pagefind-ignore>
        <FormattedDate iso={post.date} locale={site.language} timeZone={site.timezone} />
        {post.lastmod ? (
          <>
            {' · '}
            {rich(tr.t('post.updated'), { date: <FormattedDate iso={post.lastmod} locale={site.language} timeZone={site.timezone} /> })}
          </>
        ) : null}
        {' · '}
        {tr.t('reading.minutes', { n: post.readingMinutes })}
      </p>
      <AuthorByline authors={authors} tr={tr} />
      <PostLanguages languages={postLanguages(post, site)} current={post.lang} tr={tr} />
      <div className="mt-4">
        <TagLinks tags={termLinks(post.tags, getTags())} label={tr.t('tags.label')} prefix={languagePrefix()} />
      </div>
    </header>
  );
}

/** The featured image above the body, as wide as its `image.placement` asks, with its caption. */
function HeroImage({ post, hero }: { post: Post; hero: Asset }) {
  const placement = post.image.placement ?? 1;
  return (
    <figure className={placement === 3 ? '-mx-4 sm:-mx-16 lg:-mx-32' : placement === 2 ? 'sm:-mx-8' : ''}>
      <Picture
        responsive={preparedImage(post.slug, hero)}
        src={assetUrl(post, hero.name)}
        alt={post.image.alt_text ?? plainText(post.image.caption ?? '')}
        width={hero.width}
        height={hero.height}
        sizes={HERO_SIZES[placement] ?? BODY_SIZES}
        priority
        className="w-full rounded-2xl border border-border"
      />
      {post.image.caption ? (
        <figcaption className="mt-2 text-center text-sm text-muted">
          <InlineMarkdown text={post.image.caption} />
        </figcaption>
      ) : null}
    </figure>
  );
}

/** Links to the older and newer post (an empty cell keeps the newer one in its column). */
function OlderNewer({ older, newer, tr }: { older: Post | undefined; newer: Post | undefined; tr: Translator }) {
  return (
    <nav aria-label={tr.t('post.more')} data-pagefind-ignore className="mt-12 grid gap-4 border-t border-border pt-6 sm:grid-cols-2">
      {older ? (
        <Link href={postPath(older.slug)} rel="prev" className="rounded-xl border border-border p-4 no-underline hover:border-accent">
          <span className="block text-sm text-muted">{tr.t('post.older')}</span>
          <span className="font-semibold text-fg">{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link href={postPath(newer.slug)} rel="next" className="rounded-xl border border-border p-4 text-end no-underline hover:border-accent">
          <span className="block text-sm text-muted">{tr.t('post.newer')}</span>
          <span className="font-semibold text-fg">{newer.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
