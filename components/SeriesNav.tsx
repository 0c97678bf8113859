import Link from '@/components/Link';
import type { Post } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';
import { seriesPath, type SeriesPlace } from '@/lib/terms/series';
import { postPath } from '@/lib/routes/urls';
import { rich } from './rich';

/** "Part 2 of 3 in the series X", with every part in order; the current one is not a link. */
export function SeriesNav({ place, post, tr = translator('en') }: { place: SeriesPlace; post: Post; tr?: Translator }) {
  const { series, part } = place;
  return (
    <nav aria-label={tr.t('series.named', { name: series.name })} data-pagefind-ignore className="series-nav mt-8 rounded-2xl border border-border bg-surface p-5">
      <p className="mb-2 text-sm text-muted">
        {rich(tr.t('series.partOf', { part, total: series.posts.length }), {
          name: (
            <Link href={seriesPath(series.slug)} className="font-semibold">
              {series.name}
            </Link>
          ),
        }, tr.dir)}
      </p>
      <ol className="grid list-decimal gap-1 ps-6">
        {series.posts.map((p) => (
          <li key={p.slug}>
            {p === post ? (
              <span aria-current="page" className="font-semibold">
                {p.title}
              </span>
            ) : (
              <Link href={postPath(p.slug)}>{p.title}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
