/** Existing tags and categories with how many posts use each: what the form offers (`suggestions`). */
import type { Post } from '../content';
import type { TaxonomyCount } from './config';

function counts(values: readonly (readonly string[])[]): TaxonomyCount[] {
  const byName = new Map<string, number>();
  for (const list of values) for (const v of new Set(list)) byName.set(v, (byName.get(v) ?? 0) + 1);
  return [...byName].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function taxonomyCounts(posts: readonly Pick<Post, 'tags' | 'categories'>[]): { tags: TaxonomyCount[]; categories: TaxonomyCount[] } {
  return { tags: counts(posts.map((p) => p.tags)), categories: counts(posts.map((p) => p.categories)) };
}
