/** Tags and categories: one identity per term, shared by cards, tag pages and feeds. */
import { slug as githubSlug } from 'github-slugger';
import type { Post } from './content';

export function normaliseTag(tag: string): string {
  return githubSlug(tag.trim());
}

export interface TagSummary {
  slug: string;
  name: string;
  count: number;
}

/** Every tag with its post count, most used first. */
export function collectTags(posts: readonly Post[], pick: (p: Post) => readonly string[] = (p) => p.tags): TagSummary[] {
  const bySlug = new Map<string, { names: Map<string, number>; count: number }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const name of pick(post)) {
      const slug = normaliseTag(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const entry = bySlug.get(slug) ?? { names: new Map(), count: 0 };
      entry.count++;
      entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.entries()]
    .map(([slug, e]) => ({
      slug,
      name: [...e.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      count: e.count,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function postsWithTag(posts: readonly Post[], slug: string, pick: (p: Post) => readonly string[] = (p) => p.tags): Post[] {
  return posts.filter((p) => pick(p).some((t) => normaliseTag(t) === slug));
}
