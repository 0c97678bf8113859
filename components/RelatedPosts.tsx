import Link from '@/components/Link';
import { FormattedDate } from '@/components/FormattedDate';
import type { Post, SiteConfig } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';
import { postPath } from '@/lib/routes/urls';

/** Up to three posts that share tags and categories with this one (lib/terms/related.ts). */
export function RelatedPosts({ posts, site, tr = translator('en') }: { posts: readonly Post[]; site: SiteConfig; tr?: Translator }) {
  if (!posts.length) return null;
  return (
    <section aria-labelledby="related-posts" data-pagefind-ignore className="mt-12 border-t border-border pt-6">
      <h2 id="related-posts" className="mb-4 text-xl font-bold">
        {tr.t('related.heading')}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-3">
        {posts.map((p) => (
          <li key={p.slug} className="rounded-xl border border-border p-4">
            <Link href={postPath(p.slug)} className="font-semibold">
              {p.title}
            </Link>
            <span className="mt-1 block text-sm text-muted">
              <FormattedDate iso={p.date} locale={site.language} timeZone={site.timezone} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
