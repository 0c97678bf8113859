import Link from '@/components/Link';
import type { TermLink } from '@/lib/terms/tags';
import { pageHref } from '@/lib/routes/links';

/**
 * A post's tags as links to their pages. Plain data in, so the home filter can render it too: the
 * page's language prefix (`/nl`, '' for the default) comes as a prop, as islands get it.
 */
export function TagLinks({ tags, label, prefix }: { tags: readonly TermLink[]; label: string; prefix: string }) {
  if (!tags.length) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            dir="auto"
            href={pageHref(`/tags/${tag.slug}`, prefix)}
            className="inline-block rounded-full border border-border bg-surface-2 px-3 py-1 text-sm text-fg no-underline hover:border-accent"
          >
            #{tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
