import Link from 'next/link';
import { normaliseTag } from '@/lib/tags';
import { tagPath } from '@/lib/urls';

export function TagList({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  if (!tags.length) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={tagPath(normaliseTag(tag))}
            className="inline-block rounded-full border border-border bg-surface-2 px-3 py-1 text-sm text-fg no-underline hover:border-accent"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
