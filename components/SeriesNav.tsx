import Link from 'next/link';
import type { Post } from '@/lib/content';
import { seriesPath, type SeriesPlace } from '@/lib/series';
import { postPath } from '@/lib/urls';

/** "Part 2 of 3 in the series X", with every part in order; the current one is not a link. */
export function SeriesNav({ place, post }: { place: SeriesPlace; post: Post }) {
  const { series, part } = place;
  return (
    <nav aria-label={`Series: ${series.name}`} data-pagefind-ignore className="series-nav mt-8 rounded-2xl border border-border bg-surface p-5">
      <p className="mb-2 text-sm text-muted">
        Part {part} of {series.posts.length} in the series{' '}
        <Link href={seriesPath(series.slug)} className="font-semibold">
          {series.name}
        </Link>
      </p>
      <ol className="grid list-decimal gap-1 pl-6">
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
