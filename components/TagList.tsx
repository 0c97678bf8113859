import { getTags, termLinks } from '@/lib/tags';
import { TagLinks } from './TagLinks';

/** A post's tags, as written in its front matter, linked through the site's tag index. */
export function TagList({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  return <TagLinks tags={termLinks(tags, getTags())} label={label} />;
}
